/** The look every recharts drawing shares, in the console's colour tokens (both themes). */
export const chartMargin = { top: 8, right: 8, bottom: 0, left: -24 };
export const axisProps = { stroke: 'var(--muted)', tick: { fill: 'var(--text)', fontSize: 12 } };
export const gridProps = { strokeDasharray: '3 3', stroke: 'var(--border)' };
export const tooltipStyle = { background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' };
export const legendStyle = { fontSize: 12 };
