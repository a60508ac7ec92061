import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { temperatures } from '../../../shared/domain/engagement';
import { axisProps, gridProps, legendStyle, tooltipStyle } from '../../components/chart-style';
import { capitalise, formatDateTime, formatTime } from '../../components/format';

/** One colour per community, from the console's tokens (both themes). */
const colours = ['var(--accent)', 'var(--risk-critical)', 'var(--ok)', 'var(--risk-elevated)', 'var(--muted)'];

export interface TemperatureLine {
  name: string;
  /** Milliseconds since the epoch, and the temperature's place from calm (0) to hostile (3). */
  points: { t: number; level: number }[];
}

const levelName = (level: number) => capitalise(temperatures[level] ?? '');

/** The picture only (loaded on its own, with recharts); the figure around it says the same in words. */
export function TemperatureDrawing({ lines, height }: { lines: TemperatureLine[]; height: number }) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
        <CartesianGrid {...gridProps} />
        <XAxis dataKey="t" type="number" scale="time" domain={['dataMin', 'dataMax']} tickFormatter={(t: number) => formatTime(new Date(t).toISOString())} {...axisProps} minTickGap={24} />
        <YAxis type="number" domain={[0, temperatures.length - 1]} ticks={temperatures.map((_, i) => i)} tickFormatter={levelName} width={64} {...axisProps} />
        <Tooltip contentStyle={tooltipStyle} labelFormatter={(t) => formatDateTime(new Date(Number(t)).toISOString())} formatter={(level) => levelName(Number(level))} />
        <Legend wrapperStyle={legendStyle} />
        {lines.map((line, i) => (
          <Line key={line.name} data={line.points} dataKey="level" name={line.name} stroke={colours[i % colours.length]} strokeWidth={2} isAnimationActive={false} />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
