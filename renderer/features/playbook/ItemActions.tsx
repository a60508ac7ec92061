import { useId, useState } from 'react';
import type { PlaybookItem } from '../../../shared/domain/playbook';
import { useConcordMutation } from '../../api/mutation';
import { mayProps, type May } from '../roster/use-may';

const ignore = () => undefined;

/**
 * Tick, set aside or reopen, with one note: setting aside and reopening say why, so their buttons wait for it.
 * Whoever ticks is the signed-in operator; the core stamps the time.
 */
export function ItemActions({ item, may, noteId }: { item: PlaybookItem; may: May; noteId: string }) {
  const [note, setNote] = useState('');
  const inputId = useId();
  const tick = useConcordMutation('playbook:tick');
  const setAside = useConcordMutation('playbook:notApplicable');
  const reopen = useConcordMutation('playbook:reopen');
  const pending = tick.pending || setAside.pending || reopen.pending;
  /** A write that went through clears the note; a refused one keeps it, its reason shown on the page. */
  const act = (write: Promise<PlaybookItem | null>) => {
    write.then((answer) => answer && setNote(''), ignore);
  };
  const gate = mayProps(may, noteId);
  const needsNote = note.trim() === '';
  return (
    <div className="item-actions">
      <label htmlFor={inputId} className="visually-hidden">
        Note for “{item.text}”
      </label>
      <input id={inputId} type="text" placeholder="Note (why, for not applicable or reopen)" value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} disabled={gate.disabled} />
      {item.state !== 'done' && (
        <button type="button" className="primary small" {...gate} disabled={gate.disabled || pending} onClick={() => act(tick.run({ id: item.id, note }))}>
          Tick
        </button>
      )}
      {item.state !== 'not applicable' && (
        <button
          type="button"
          className="small"
          {...gate}
          disabled={gate.disabled || pending || needsNote}
          title={needsNote ? 'Say why in the note first' : gate.title}
          onClick={() => act(setAside.run({ id: item.id, note }))}
        >
          Not applicable
        </button>
      )}
      {item.state !== 'open' && (
        <button
          type="button"
          className="small"
          {...gate}
          disabled={gate.disabled || pending || needsNote}
          title={needsNote ? 'Say why in the note first' : gate.title}
          onClick={() => act(reopen.run({ id: item.id, note }))}
        >
          Reopen
        </button>
      )}
    </div>
  );
}
