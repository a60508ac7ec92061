import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../../shared/contract';
import type { RefusedEdit } from '../../../shared/domain/refusal';
import { FormError } from '../../components/Field';
import { RefusalPager } from './RefusalPager';
import { RefusalTable } from './RefusalTable';
import { editKey } from './refusal-format';
import { REFUSAL_PAGE, useRefusedEdits } from './use-refused-edits';
import './refusal.css';

function Empty() {
  return (
    <div className="empty-state" data-testid="refusal-empty">
      <p className="empty-lead">Nothing was refused.</p>
      <p>Every edit that reached this console, from here or from another console, took effect.</p>
    </div>
  );
}

interface ListingProps {
  page: MethodOutput<'refusal:list'>;
  offset: number;
  reentered: ReadonlyMap<string, RefusedEdit>;
  onOffset: (offset: number) => void;
  onReentered: (edit: RefusedEdit) => void;
}

function Listing({ page, offset, reentered, onOffset, onReentered }: ListingProps) {
  if (page.total === 0) return <Empty />;
  return (
    <>
      <p className="muted" data-testid="refusal-count">
        {page.total} refused {page.total === 1 ? 'edit' : 'edits'}, newest first
      </p>
      <RefusalTable edits={page.entries.map((e) => reentered.get(editKey(e)) ?? e)} onReentered={onReentered} />
      <RefusalPager offset={offset} total={page.total} onOffset={onOffset} />
    </>
  );
}

/**
 * Edits that reached this console but did not take effect, with why, and "Apply as mine" for whoever takes them on.
 * Every console holding the same edits lists the same refusals, so the room can talk about one list.
 */
export function RefusalView() {
  const [offset, setOffset] = useState(0);
  const { data, error, reload } = useRefusedEdits(offset);
  const [said, setSaid] = useState<string | null>(null);
  // The row answers for itself at once; the list read again brings the same, and any other console's re-entry.
  const [reentered, setReentered] = useState<ReadonlyMap<string, RefusedEdit>>(new Map());

  // A re-judged edit can leave the list: a page past its end would show nothing while older ones exist.
  const total = data?.total ?? 0;
  useEffect(() => {
    if (offset > 0 && offset >= total && data) setOffset(Math.max(0, Math.floor((total - 1) / REFUSAL_PAGE) * REFUSAL_PAGE));
  }, [offset, total, data]);

  const onReentered = (edit: RefusedEdit) => {
    setReentered((held) => new Map(held).set(editKey(edit), edit));
    setSaid(`Re-entered “${edit.summary}” under ${edit.reapplied ? `${edit.reapplied.byName}’s` : 'your'} name.`);
    reload();
  };

  return (
    <>
      <h2 className="view-title">Refused edits</h2>
      <p className="refusal-intro">
        Edits that reached this console but did not take effect: whoever made them did not hold a role allowing it at
        that moment, their console had been revoked, or the edit broke a rule of its record. They are kept, not applied,
        and every console lists the same ones. <strong>Apply as mine</strong> enters the same change again under your
        own name, checked like any new edit.
      </p>
      <p className="refusal-status" role="status">
        {said}
      </p>
      <FormError message={error} />
      {data ? (
        <Listing page={data} offset={offset} reentered={reentered} onOffset={setOffset} onReentered={onReentered} />
      ) : (
        !error && <p className="muted">Loading…</p>
      )}
    </>
  );
}
