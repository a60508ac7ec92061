import type { RefusedEdit } from '../../../shared/domain/refusal';
import { usePeers } from '../sync/use-peers';
import { consoleName, editKey } from './refusal-format';
import { RefusedEditRow } from './RefusedEditRow';

/** One page of refused edits as a table, newest first; the console column uses the names the Consoles view shows. */
export function RefusalTable({ edits, onReentered }: { edits: readonly RefusedEdit[]; onReentered: (edit: RefusedEdit) => void }) {
  const peers = usePeers().peers?.peers ?? [];
  return (
    <div className="table-scroll">
      <table className="data-table refusal-table" data-testid="refused-edits">
        <caption className="visually-hidden">Refused edits, newest first</caption>
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">Who</th>
            <th scope="col">From which console</th>
            <th scope="col">When</th>
            <th scope="col">Why it was refused</th>
            <th scope="col">Re-entry</th>
          </tr>
        </thead>
        <tbody>
          {edits.map((edit) => (
            <RefusedEditRow key={editKey(edit)} edit={edit} from={consoleName(edit.deviceId, peers)} onReentered={onReentered} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
