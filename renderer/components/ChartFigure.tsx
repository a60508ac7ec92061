import { Component, Suspense, useId, type ReactNode } from 'react';
import './lists.css';

export interface ChartColumn<Row> {
  label: string;
  value: (row: Row) => string | number;
}

interface ChartFigureProps<Row> {
  title: string;
  /** One sentence a person can read instead of looking: the chart's point, said in words. */
  summary: string;
  rows: readonly Row[];
  columns: readonly ChartColumn<Row>[];
  /** The drawing's height, held while its code loads so nothing below it moves when it appears. */
  height: number;
  children: ReactNode;
}

/**
 * A drawing whose code failed to load (a web console left open while the host was updated) leaves a note in
 * its place, not a blank console: the summary and the table above and below it still hold the figures.
 */
class DrawingBoundary extends Component<{ height: number; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override render() {
    if (this.state.failed) return <p className="muted">The chart could not be drawn; reload the page to try again.</p>;
    return <Suspense fallback={<div style={{ height: this.props.height }} />}>{this.props.children}</Suspense>;
  }
}

/**
 * A chart with its text alternative: the picture is hidden from screen readers, which get the summary and the
 * figures as a table instead (WCAG 1.1.1); sighted people can open the same table.
 * The drawing may be a lazy component: recharts is a large module that the first paint does not wait for, and the
 * title, summary and table are there before it.
 */
export function ChartFigure<Row>({ title, summary, rows, columns, height, children }: ChartFigureProps<Row>) {
  const id = useId();
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="chart-title">
        {title}
      </figcaption>
      <p className="chart-summary">{summary}</p>
      <div className="chart-canvas" aria-hidden="true">
        <DrawingBoundary height={height}>{children}</DrawingBoundary>
      </div>
      <details className="chart-data">
        <summary>Figures as a table</summary>
        <table>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.label} scope="col">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                {columns.map((c) => (
                  <td key={c.label}>{c.value(row)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
