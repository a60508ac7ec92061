import { useState } from 'react';
import type { FieldChange } from '../../../shared/domain/field-history';
import type { JsonValue } from '../../../shared/domain/op';
import { useConcordQuery, useIncidentInput } from '../../api/query';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/Field';
import { formatDateTime } from '../../components/format';
import './log.css';

interface FieldRef {
  entity: string;
  entityId: string;
  field: string;
  /** Said in the button and the dialog, e.g. "security risk". */
  label: string;
  format?: (value: JsonValue) => string;
}

// Seconds matter here: concurrent changes land within the same minute.
const clockTime = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

const plain = (value: JsonValue) => (typeof value === 'string' ? value || '(empty)' : JSON.stringify(value));

function HistoryTable({ changes, format }: { changes: FieldChange[]; format: (value: JsonValue) => string }) {
  const consoles = new Set(changes.map((c) => c.deviceId)).size;
  return (
    <>
      {consoles > 1 && (
        <p data-testid="field-history-note">
          Changed on {consoles} consoles. Where two changed it at once, every console keeps the change with the later clock
          stamp (a tie goes to the higher console id), so all of them show the same value.
        </p>
      )}
      <table className="log-table history-table" data-testid="field-history">
        <caption className="visually-hidden">Changes, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Value</th>
            <th scope="col">Who · console</th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={`${c.deviceId}:${c.hlc}`} className={c.won ? 'history-won' : undefined} data-won={c.won}>
              <td>
                <time dateTime={c.at} title={formatDateTime(c.at)}>
                  {clockTime.format(new Date(c.at))}
                </time>
              </td>
              <td>{format(c.value)}</td>
              <td>
                {c.authorName}
                <span className="mono muted history-console">{c.deviceId.slice(0, 8)}</span>
              </td>
              <td>{c.won ? <strong>Holds now</strong> : 'Replaced'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function HistoryBody({ entity, entityId, field, format }: Omit<FieldRef, 'label'>) {
  const { data: changes, error } = useConcordQuery('log:fieldHistory', useIncidentInput({ entity, entityId, field }));
  if (error) return <FormError message={error} />;
  if (!changes) return <p className="muted">Loading…</p>;
  return <HistoryTable changes={changes} format={format ?? plain} />;
}

/** A small "History" button that opens every change of one field, and which value won where consoles disagreed. */
export function FieldHistoryButton({ label, ...ref }: FieldRef) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="quiet small" onClick={() => setOpen(true)} aria-label={`History of the ${label}`}>
        History
      </button>
      <Dialog title={`History of the ${label}`} open={open} onClose={() => setOpen(false)}>
        {/* Its own type scale: the dialog sits inside the header's bold, larger facts. */}
        <div className="history-body">
          <HistoryBody {...ref} />
          <div className="actions">
            <button type="button" onClick={() => setOpen(false)}>
              Close
            </button>
          </div>
        </div>
      </Dialog>
    </>
  );
}
