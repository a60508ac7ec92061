import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { RumourPerDay } from '../../../shared/domain/rumour';
import { axisProps, chartMargin, gridProps, legendStyle, tooltipStyle } from '../../components/chart-style';

/** The picture only (loaded on its own, with recharts); the figure around it says the same in words. */
export function RumoursDrawing({ rows, height }: { rows: (RumourPerDay[number] & { label: string })[]; height: number }) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart accessibilityLayer={false} data={rows} margin={chartMargin}>
        <CartesianGrid {...gridProps} />
        <XAxis dataKey="label" {...axisProps} />
        <YAxis allowDecimals={false} {...axisProps} />
        <Tooltip contentStyle={tooltipStyle} />
        <Legend wrapperStyle={legendStyle} />
        <Bar dataKey="false" name="False" stackId="r" fill="var(--risk-critical)" isAnimationActive={false} />
        <Bar dataKey="misleading" name="Misleading" stackId="r" fill="var(--risk-elevated)" isAnimationActive={false} />
        <Bar dataKey="unverified" name="Unverified" stackId="r" fill="var(--risk-none)" isAnimationActive={false} />
        <Bar dataKey="true" name="True" stackId="r" fill="var(--risk-low)" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
