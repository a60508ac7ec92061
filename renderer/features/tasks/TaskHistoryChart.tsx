import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { taskStatuses } from '../../../shared/domain/task';
import { call } from '../../api/client';
import { ChartFigure } from '../../components/ChartFigure';
import { capitalise, formatTime } from '../../components/format';
import { useLive } from '../../components/use-live';

const colour: Record<string, string> = { 'to do': 'var(--risk-none)', 'in progress': 'var(--accent)', blocked: 'var(--risk-critical)', done: 'var(--ok)' };

export function TaskHistoryChart() {
  const { data } = useLive((incidentId) => call('task:history', { incidentId, buckets: 24 }), ['task']);
  const rows = (data ?? []).map((p) => ({ ...p, label: formatTime(p.at) }));
  const last = rows.at(-1);
  const summary = last ? `Now: ${taskStatuses.map((s) => `${last[s]} ${s}`).join(', ')}.` : 'No task yet.';
  return (
    <ChartFigure
      title="Tasks by status over time"
      summary={summary}
      rows={rows}
      columns={[{ label: 'Time', value: (r) => r.label }, ...taskStatuses.map((s) => ({ label: capitalise(s), value: (r: (typeof rows)[number]) => r[s] }))]}
    >
      <ResponsiveContainer width="100%" height={160}>
        <AreaChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -24 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis dataKey="label" stroke="var(--muted)" tick={{ fill: 'var(--text)', fontSize: 12 }} minTickGap={24} />
          <YAxis allowDecimals={false} stroke="var(--muted)" tick={{ fill: 'var(--text)', fontSize: 12 }} />
          <Tooltip contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' }} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {taskStatuses.map((s) => (
            <Area key={s} type="stepAfter" dataKey={s} name={capitalise(s)} stackId="t" stroke={colour[s]} fill={colour[s]} fillOpacity={0.5} isAnimationActive={false} />
          ))}
        </AreaChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
