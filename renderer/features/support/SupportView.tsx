import { useEffect, useState } from 'react';
import { useConcordQuery, useIncidentInput } from '../../api/query';
import { capitalise } from '../../components/format';
import { MayNot, useMay } from '../roster/use-may';
import { HouseholdDetail } from './HouseholdDetail';
import { HouseholdForm } from './HouseholdForm';
import { CONFIDENTIAL } from './labels';
import { SupportAdmin } from './SupportAdmin';
import { SupportPanel } from './SupportPanel';
import '../../components/lists.css';
import './support.css';

/** Households longest without contact first; each opens its needs, contacts and, for its readers, its details. */
export function SupportView() {
  const list = useConcordQuery('support:list', useIncidentInput({}));
  const [selected, setSelected] = useState<string | null>(null);
  const first = list.data?.households[0]?.id ?? null;
  // The list reorders as contacts are recorded: the household on screen stays the one chosen, not whichever comes first.
  useEffect(() => {
    if (selected === null && first !== null) setSelected(first);
  }, [selected, first]);
  const shown = selected ?? first;
  const may = useMay('supportFamilies');
  const sealedCount = list.data?.households.filter((h) => h.sealed).length ?? 0;
  return (
    <>
      <h2 className="view-title">Families and survivors</h2>
      <SupportPanel />
      {sealedCount > 0 && (
        <p className="confidential" data-testid="confidential-note">
          {CONFIDENTIAL} {sealedCount === list.data?.households.length ? 'You see labels, kinds, counts and statuses.' : `${sealedCount} of these households are sealed from you.`}
        </p>
      )}
      <div className="support-view">
        <div>
          <ul className="household-list" aria-label="Households">
            {list.data?.households.map((h) => (
              <li key={h.id}>
                <button type="button" className="household-button" aria-current={h.id === shown ? 'true' : undefined} onClick={() => setSelected(h.id)} data-testid="household">
                  <span>
                    <strong>{h.label}</strong> <span className="muted">· {capitalise(h.kind)}</span>
                  </span>
                  <span className="muted">
                    {h.liaisonName ? `Liaison: ${h.liaisonName}` : <span className="overdue-flag">No liaison</span>} · {h.needs.open} open needs
                    {h.needs.overdue > 0 && <span className="overdue-flag"> · {h.needs.overdue} overdue</span>}
                    {h.contactOverdue && <span className="overdue-flag"> · contact overdue</span>}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {may.allowed ? <HouseholdForm onCreated={setSelected} /> : <MayNot may={may} />}
        </div>
        {shown ? <HouseholdDetail householdId={shown} /> : <p className="empty">No family or survivor recorded yet.</p>}
      </div>
      <SupportAdmin />
    </>
  );
}
