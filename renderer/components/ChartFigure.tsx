import { useId, type ReactNode } from 'react';
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
  children: ReactNode;
}

/**
 * A chart with its text alternative: the picture is hidden from screen readers, which get the summary and the
 * figures as a table instead (WCAG 1.1.1); sighted people can open the same table.
 */
export function ChartFigure<Row>({ title, summary, rows, columns, children }: ChartFigureProps<Row>) {
  const id = useId();
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="chart-title">
        {title}
      </figcaption>
      <p className="chart-summary">{summary}</p>
      <div className="chart-canvas" aria-hidden="true">
        {children}
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
