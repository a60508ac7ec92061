import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { taskStatuses, type TaskHistory } from '../../../shared/domain/task';
import { axisProps, chartMargin, gridProps, legendStyle, tooltipStyle } from '../../components/chart-style';
import { capitalise } from '../../components/format';

const colour: Record<string, string> = { 'to do': 'var(--risk-none)', 'in progress': 'var(--accent)', blocked: 'var(--risk-critical)', done: 'var(--ok)' };

export type TaskHistoryRow = TaskHistory[number] & { label: string };

/** The picture only (loaded on its own, with recharts); the figure around it says the same in words. */
export function TaskHistoryDrawing({ rows, height }: { rows: TaskHistoryRow[]; height: number }) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <AreaChart accessibilityLayer={false} data={rows} margin={chartMargin}>
        <CartesianGrid {...gridProps} />
        <XAxis dataKey="label" {...axisProps} minTickGap={24} />
        <YAxis allowDecimals={false} {...axisProps} />
        <Tooltip contentStyle={tooltipStyle} />
        <Legend wrapperStyle={legendStyle} />
        {taskStatuses.map((s) => (
          <Area key={s} type="stepAfter" dataKey={s} name={capitalise(s)} stackId="t" stroke={colour[s]} fill={colour[s]} fillOpacity={0.5} isAnimationActive={false} />
        ))}
      </AreaChart>
    </ResponsiveContainer>
  );
}
