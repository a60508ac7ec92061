import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { taskStatuses, type TaskHistory } from '../../../shared/domain/task';
import { capitalise } from '../../components/format';

const colour: Record<string, string> = { 'to do': 'var(--risk-none)', 'in progress': 'var(--accent)', blocked: 'var(--risk-critical)', done: 'var(--ok)' };

export type TaskHistoryRow = TaskHistory[number] & { label: string };

/** The picture only (loaded on its own, with recharts); the figure around it says the same in words. */
export function TaskHistoryDrawing({ rows, height }: { rows: TaskHistoryRow[]; height: number }) {
  return (
    <ResponsiveContainer width="100%" height={height}>
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
  );
}
