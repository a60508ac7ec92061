import { useState } from 'react';
import { linkKinds, type LinkKind, type PlaybookItem } from '../../../shared/domain/playbook';
import { useConcordMutation } from '../../api/mutation';
import { useConcordQuery, useIncidentInput } from '../../api/query';
import { ChoiceField, OptionField } from '../../components/Field';
import { mayProps, type May } from '../roster/use-may';

const kindLabels: Record<LinkKind, string> = { task: 'Task', decision: 'Decision', statement: 'Statement' };
const ignore = () => undefined;

/** The incident's records of one kind, as options: only the chosen kind is read. */
function useRecords(kind: LinkKind): { id: string; label: string }[] {
  const taskInput = useIncidentInput({ limit: 500, sort: 'title' as const });
  const incidentInput = useIncidentInput({});
  const tasks = useConcordQuery('task:list', kind === 'task' ? taskInput : null);
  const decisions = useConcordQuery('decision:list', kind === 'decision' ? incidentInput : null);
  const statements = useConcordQuery('statement:list', kind === 'statement' ? incidentInput : null);
  if (kind === 'task') return (tasks.data?.tasks ?? []).map((t) => ({ id: t.id, label: t.title }));
  if (kind === 'decision') return (decisions.data ?? []).map((d) => ({ id: d.id, label: d.what }));
  return (statements.data ?? []).map((s) => ({ id: s.id, label: s.title }));
}

/** The picker, read only once opened. */
function LinkForm({ item, onClose }: { item: PlaybookItem; onClose: () => void }) {
  const [kind, setKind] = useState<LinkKind>('task');
  const [recordId, setRecordId] = useState('');
  const link = useConcordMutation('playbook:link');
  const records = useRecords(kind);
  return (
    <form
      className="link-picker"
      aria-label={`Link “${item.text}”`}
      onSubmit={(e) => {
        e.preventDefault();
        link.run({ id: item.id, link: { kind, id: recordId } }).then((answer) => answer && onClose(), ignore);
      }}
    >
      <ChoiceField
        label="Kind"
        value={kind}
        options={linkKinds}
        describe={(k) => kindLabels[k]}
        onChange={(k) => {
          setKind(k);
          setRecordId('');
        }}
      />
      <OptionField label={kindLabels[kind]} value={recordId} options={records} none={`Choose a ${kind}`} onChange={setRecordId} />
      <button type="submit" className="small" disabled={recordId === '' || link.pending}>
        Link
      </button>
      <button type="button" className="quiet small" onClick={onClose}>
        Cancel
      </button>
    </form>
  );
}

/** What fulfils an item: the linked record and its status, or a picker of the incident's tasks, decisions and statements. */
export function LinkPicker({ item, may, noteId }: { item: PlaybookItem; may: May; noteId: string }) {
  const [open, setOpen] = useState(false);
  const unlink = useConcordMutation('playbook:link');
  const gate = mayProps(may, noteId);
  if (item.linked) {
    return (
      <p className="item-link" data-testid="item-link">
        Fulfilled by {kindLabels[item.linked.kind].toLowerCase()}: <strong>{item.linked.title}</strong> <span className="muted">({item.linked.status})</span>{' '}
        <button type="button" className="quiet small" {...gate} disabled={gate.disabled || unlink.pending} onClick={() => {
            unlink.run({ id: item.id, link: null }).then(ignore, ignore);
          }}>
          Unlink
        </button>
      </p>
    );
  }
  if (open) return <LinkForm item={item} onClose={() => setOpen(false)} />;
  return (
    <button type="button" className="quiet small" {...gate} onClick={() => setOpen(true)}>
      Link to a record
    </button>
  );
}
