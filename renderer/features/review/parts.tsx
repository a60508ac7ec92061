import { TableHead } from '../../components/TableHead';
import type { ReactNode } from 'react';

/** A duration as a briefing says it: "12 min", "12.5 min", "1 h 05 min". */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const whole = Math.round(minutes);
  return `${Math.floor(whole / 60)} h ${String(whole % 60).padStart(2, '0')} min`;
}

/** A duration in a table cell, kept on one line. */
export const Minutes = ({ minutes }: { minutes: number }) => <span className="review-duration">{formatMinutes(minutes)}</span>;

export const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;


export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="review-section" aria-labelledby={`review-${id}`} data-testid={`review-${id}`}>
      <h3 id={`review-${id}`}>{title}</h3>
      {children}
    </section>
  );
}

export interface Row {
  key: string;
  cells: ReactNode[];
}

/** A table of the report, or the sentence that says it is empty. */
export function Table({ caption, columns, rows, empty }: { caption: string; columns: readonly string[]; rows: readonly Row[]; empty: string }) {
  if (rows.length === 0) return <p className="muted">{empty}</p>;
  return (
    <table className="data-table review-table">
      <caption>{caption}</caption>
      <TableHead columns={columns} />
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            {r.cells.map((cell, i) => (
              <td key={columns[i] ?? i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
