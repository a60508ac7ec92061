import { lazy } from 'react';
import { protectionRiskLevels, type BacklashPerDay } from '../../../shared/domain/protection';
import { useConcordQuery, useIncidentInput } from '../../api/query';
import { ChartFigure } from '../../components/ChartFigure';
import { capitalise, dayLabel } from '../../components/format';


const RiskDrawing = lazy(() => import('./ProtectionDrawings').then((m) => ({ default: m.RiskDrawing })));
const StackedDaysDrawing = lazy(() => import('../../components/StackedDaysDrawing').then((m) => ({ default: m.StackedDaysDrawing })));
const height = 150;

export function RiskChart({ byRisk }: { byRisk: Record<string, number> }) {
  const rows = protectionRiskLevels.map((level) => ({ level: capitalise(level), key: level, needs: byRisk[level] ?? 0 }));
  const worst = [...rows].reverse().find((r) => r.needs > 0);
  const summary = worst
    ? `${rows.reduce((s, r) => s + r.needs, 0)} needs not closed; ${rows.map((r) => `${r.needs} ${r.key}`).join(', ')}.`
    : 'No open protection need.';
  return (
    <ChartFigure
      title="Protection needs by risk level"
      summary={summary}
      rows={rows}
      columns={[{ label: 'Risk level', value: (r) => r.level }, { label: 'Needs not closed', value: (r) => r.needs }]}
      height={height}
    >
      <RiskDrawing rows={rows} height={height} />
    </ChartFigure>
  );
}

const backlashStacks = [
  { key: 'verified', name: 'Verified', fill: 'var(--risk-high)' },
  { key: 'unverified', name: 'Not verified', fill: 'var(--risk-none)' },
];

export function BacklashChart() {
  const { data } = useConcordQuery('protection:backlashPerDay', useIncidentInput({ utcOffsetMinutes: -new Date().getTimezoneOffset() }));
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
        { label: 'Day', value: (r) => dayLabel(r.day) },
        { label: 'Verified', value: (r) => r.verified },
        { label: 'Not verified', value: (r) => r.unverified },
      ]}
      height={height}
    >
      <StackedDaysDrawing rows={rows.map((r) => ({ ...r, label: dayLabel(r.day) }))} stacks={backlashStacks} height={height} />
    </ChartFigure>
  );
}
