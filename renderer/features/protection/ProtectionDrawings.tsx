import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { axisProps, chartMargin, gridProps } from '../../components/chart-style';

/** The pictures only (loaded on their own, with recharts); the figures around them say the same in words. */

const riskColour: Record<string, string> = {
  low: 'var(--risk-low)',
  elevated: 'var(--risk-elevated)',
  high: 'var(--risk-high)',
  critical: 'var(--risk-critical)',
};

export interface RiskRow {
  level: string;
  key: string;
  needs: number;
}

interface RiskBarProps {
  x: number;
  y: number;
  width: number;
  height: number;
  payload: { key: string };
}
const RiskBar = ({ x, y, width, height, payload }: RiskBarProps) => <rect x={x} y={y} width={width} height={height} fill={riskColour[payload.key]} rx={3} />;

export function RiskDrawing({ rows, height }: { rows: RiskRow[]; height: number }) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart accessibilityLayer={false} data={rows} margin={chartMargin}>
        <CartesianGrid {...gridProps} />
        <XAxis dataKey="level" {...axisProps} />
        <YAxis allowDecimals={false} {...axisProps} />
        <Bar dataKey="needs" name="Needs" isAnimationActive={false} fill="var(--accent)" shape={(props: unknown) => <RiskBar {...(props as RiskBarProps)} />} />
      </BarChart>
    </ResponsiveContainer>
  );
}
