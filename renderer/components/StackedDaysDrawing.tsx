import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { axisProps, chartMargin, gridProps, legendStyle, tooltipStyle } from './chart-style';

/** One series of a day's stack: the row's count under `key`, named in the legend, in its colour. */
export interface DayStack {
  key: string;
  name: string;
  fill: string;
}

/**
 * Counts per day as stacked bars (backlash reports, rumours): the picture only, loaded on its own with recharts; the
 * ChartFigure around it says the same in words. `label` is the day as the axis shows it.
 */
export function StackedDaysDrawing({ rows, stacks, height }: { rows: readonly ({ label: string } & Record<string, string | number>)[]; stacks: readonly DayStack[]; height: number }) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart accessibilityLayer={false} data={[...rows]} margin={chartMargin}>
        <CartesianGrid {...gridProps} />
        <XAxis dataKey="label" {...axisProps} />
        <YAxis allowDecimals={false} {...axisProps} />
        <Tooltip contentStyle={tooltipStyle} />
        <Legend wrapperStyle={legendStyle} />
        {stacks.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} stackId="day" fill={s.fill} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
