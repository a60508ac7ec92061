import { useId, useState } from 'react';
import type { ItemState, PlaybookItem } from '../../../shared/domain/playbook';
import { useConcordMutation } from '../../api/mutation';
import { mayProps, type May } from '../roster/use-may';

const ignore = () => undefined;

/** Each state an item can be moved to, its button, and whether moving there must say why. */
const moves: readonly { to: ItemState; label: string; needsNote: boolean; className: string }[] = [
  { to: 'done', label: 'Tick', needsNote: false, className: 'primary small' },
  { to: 'not applicable', label: 'Not applicable', needsNote: true, className: 'small' },
  { to: 'open', label: 'Reopen', needsNote: true, className: 'small' },
];

/**
 * Tick, set aside or reopen, with one note: setting aside and reopening say why, so their buttons wait for it.
 * Whoever ticks is the signed-in operator; the core stamps the time.
 */
export function ItemActions({ item, may, noteId }: { item: PlaybookItem; may: May; noteId: string }) {
  const [note, setNote] = useState('');
  const inputId = useId();
  const writes = {
    done: useConcordMutation('playbook:tick'),
    'not applicable': useConcordMutation('playbook:notApplicable'),
    open: useConcordMutation('playbook:reopen'),
  } as const;
  const pending = Object.values(writes).some((w) => w.pending);
  const gate = mayProps(may, noteId);
  const noteMissing = note.trim() === '';
  /** A write that went through clears the note; a refused one keeps it, its reason shown on the page. */
  const move = (to: ItemState) => {
    writes[to].run({ id: item.id, note }).then((answer) => answer && setNote(''), ignore);
  };
  return (
    <div className="item-actions">
      <label htmlFor={inputId} className="visually-hidden">
        Note for “{item.text}”
      </label>
      <input id={inputId} type="text" placeholder="Note (why, for not applicable or reopen)" value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} disabled={gate.disabled} />
      {moves
        .filter((m) => m.to !== item.state)
        .map((m) => {
          const waits = m.needsNote && noteMissing;
          return (
            <button key={m.to} type="button" className={m.className} {...gate} disabled={gate.disabled || pending || waits} title={waits ? 'Say why in the note first' : gate.title} onClick={() => move(m.to)}>
              {m.label}
            </button>
          );
        })}
    </div>
  );
}
