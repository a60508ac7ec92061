import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { protectionRiskLevels, type BacklashPerDay } from '../../../shared/domain/protection';
import { call } from '../../api/client';
import { ChartFigure } from '../../components/ChartFigure';
import { capitalise } from '../../components/format';
import { useLive } from '../../components/use-live';

export const protectionEntities = ['protectionNeed', 'protectionMeasure', 'backlashReport', 'actor'] as const;

const riskColour: Record<string, string> = {
  low: 'var(--risk-low)',
  elevated: 'var(--risk-elevated)',
  high: 'var(--risk-high)',
  critical: 'var(--risk-critical)',
};

export function RiskChart({ byRisk }: { byRisk: Record<string, number> }) {
  const rows = protectionRiskLevels.map((level) => ({ level: capitalise(level), key: level, needs: byRisk[level] ?? 0 }));
  const worst = [...rows].reverse().find((r) => r.needs > 0);
  const summary = worst
    ? `${rows.reduce((s, r) => s + r.needs, 0)} needs not closed; ${rows.map((r) => `${r.needs} ${r.key}`).join(', ')}.`
    : 'No open protection need.';
  return (
    <ChartFigure title="Protection needs by risk level" summary={summary} rows={rows} columns={[{ label: 'Risk level', value: (r) => r.level }, { label: 'Needs not closed', value: (r) => r.needs }]}>
      <ResponsiveContainer width="100%" height={150}>
        <BarChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -24 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis dataKey="level" stroke="var(--muted)" tick={{ fill: 'var(--text)', fontSize: 12 }} />
          <YAxis allowDecimals={false} stroke="var(--muted)" tick={{ fill: 'var(--text)', fontSize: 12 }} />
          <Bar dataKey="needs" name="Needs" isAnimationActive={false} fill="var(--accent)" shape={(props: unknown) => <RiskBar {...(props as RiskBarProps)} />} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

interface RiskBarProps {
  x: number;
  y: number;
  width: number;
  height: number;
  payload: { key: string };
}
const RiskBar = ({ x, y, width, height, payload }: RiskBarProps) => <rect x={x} y={y} width={width} height={height} fill={riskColour[payload.key]} rx={3} />;

const shortDay = (day: string) => new Date(`${day}T12:00:00`).toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' });

export function BacklashChart() {
  const { data } = useLive((incidentId) => call('backlash:perDay', { incidentId, utcOffsetMinutes: -new Date().getTimezoneOffset() }), ['backlashReport']);
  const rows: BacklashPerDay = data ?? [];
  const total = rows.reduce((s, d) => s + d.verified + d.unverified, 0);
  const today = rows.at(-1);
  const summary =
    total === 0
      ? 'No backlash report filed yet.'
      : `${total} reports over ${rows.length} ${rows.length === 1 ? 'day' : 'days'}; today ${today ? today.verified + today.unverified : 0} (${today?.verified ?? 0} verified).`;
  return (
    <ChartFigure
      title="Backlash reports per day"
      summary={summary}
      rows={rows}
      columns={[
        { label: 'Day', value: (r) => shortDay(r.day) },
        { label: 'Verified', value: (r) => r.verified },
        { label: 'Not verified', value: (r) => r.unverified },
      ]}
    >
      <ResponsiveContainer width="100%" height={150}>
        <BarChart accessibilityLayer={false} data={rows.map((r) => ({ ...r, label: shortDay(r.day) }))} margin={{ top: 8, right: 8, bottom: 0, left: -24 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis dataKey="label" stroke="var(--muted)" tick={{ fill: 'var(--text)', fontSize: 12 }} />
          <YAxis allowDecimals={false} stroke="var(--muted)" tick={{ fill: 'var(--text)', fontSize: 12 }} />
          <Tooltip contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' }} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="verified" name="Verified" stackId="r" fill="var(--risk-high)" isAnimationActive={false} />
          <Bar dataKey="unverified" name="Not verified" stackId="r" fill="var(--risk-none)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
