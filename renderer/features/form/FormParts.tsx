import { TableHead } from '../../components/TableHead';
import type { ReactNode } from 'react';
import type { FormPeriod, FormPerson, PreparedBy } from '../../../shared/domain/form';
import { ExerciseMark } from '../../components/print/ExerciseMark';
import { PrintButton } from '../../components/print/PrintButton';
import { When } from '../../components/When';
import './forms.css';

/** One numbered box of an ICS form, "2. Operational period", labelled by its heading. */
export function Box({ n, title, children, wide = false }: { n: number; title: string; children: ReactNode; wide?: boolean }) {
  const id = `ics-box-${n}`;
  return (
    <section className={wide ? 'ics-box ics-wide' : 'ics-box'} aria-labelledby={id}>
      <h3 id={id}>
        {n}. {title}
      </h3>
      {children}
    </section>
  );
}

/** A form as printed: its number and name, boxes 1 (incident name) and 2 (operational period), then its own boxes. */
export function FormDoc({ form, name, incidentName, period, children }: { form: string; name: string; incidentName: string; period: ReactNode; children: ReactNode }) {
  return (
    <article className="ics-form print-doc" aria-labelledby="ics-title" data-testid={`ics-${form}`}>
      <ExerciseMark />
      <header className="ics-head">
        <h2 id="ics-title">
          ICS {form} {name}
        </h2>
        <PrintButton label={`Print ICS ${form}`} />
      </header>
      <div className="ics-grid">
        <Box n={1} title="Incident name">
          <p>{incidentName}</p>
        </Box>
        <Box n={2} title="Operational period">
          {period}
        </Box>
        {children}
      </div>
    </article>
  );
}

export function PeriodFacts({ period }: { period: FormPeriod | null }) {
  if (!period) return <p className="muted">No period started.</p>;
  return (
    <p>
      Period {period.number}: from <When iso={period.from} /> to <When iso={period.to} />
      {period.closedAt && (
        <>
          {' '}
          (closed <When iso={period.closedAt} />)
        </>
      )}
    </p>
  );
}

/** Who signs the form, in which positions, and the time of the newest record it was read from. */
export function Signature({ n, title = 'Prepared by', who, at }: { n: number; title?: string; who: PreparedBy; at?: string }) {
  return (
    <Box n={n} title={title}>
      <p>
        {who.name}
        {who.positions.length > 0 && <span className="muted"> ({who.positions.join(', ')})</span>}
      </p>
      {at && (
        <p className="muted">
          As of <When iso={at} />
        </p>
      )}
    </Box>
  );
}

export const peopleLine = (people: readonly FormPerson[]): string =>
  people.length === 0 ? '—' : people.map((p) => (p.agency ? `${p.name} (${p.agency})` : p.name)).join('; ');

/** A list the form cut short says how many more the records hold. */
export function More({ shown, total, where }: { shown: number; total: number; where: string }) {
  return total > shown ? (
    <p className="muted" data-testid="ics-more">
      … {total - shown} more in {where}.
    </p>
  ) : null;
}

/** A form's table: its column heads, one row per item (the first cell heads its row), or a line when there is none. */
export function Table<T>({ head, items, empty, row, testId }: { head: readonly string[]; items: readonly T[]; empty: string; row: (item: T) => ReactNode[]; testId?: string }) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <table className="data-table" data-testid={testId}>
      <TableHead columns={head} />
      <tbody>
        {items.map((item, i) => {
          const [first, ...rest] = row(item);
          return (
            // Rows are in the form's own order and never move while shown.
            <tr key={i}>
              <th scope="row">{first}</th>
              {rest.map((cell, j) => (
                <td key={j}>{cell}</td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
