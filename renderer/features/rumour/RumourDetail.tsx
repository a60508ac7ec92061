import { correctableStatuses, type Rumour } from '../../../shared/domain/rumour';
import type { MethodInput } from '../../../shared/contract';
import { useConcordMutation } from '../../api/mutation';
import { useConcordQuery, useIncidentInput } from '../../api/query';
import { OptionField } from '../../components/Field';
import { formatDateTime } from '../../components/format';
import { useConsole } from '../../store';
import { statusLabels as statementStatusLabels } from '../statement/labels';
import { MayNot, mayProps, useMay } from '../roster/use-may';
import { reachLabel, RumourStatusBadge } from './labels';
import { VerifyForm } from './VerifyForm';

type Changes = MethodInput<'rumour:update'>['changes'];

/** The communities a claim targets, picked from the incident's protection needs. */
function Targets({ rumour, disabled, onChange }: { rumour: Rumour; disabled: boolean; onChange: (changes: Changes) => void }) {
  const needs = useConcordQuery('protection:list', useIncidentInput({ sort: 'name' as const, limit: 500 })).data?.needs ?? [];
  const toggle = (id: string, on: boolean) =>
    onChange({ targetNeedIds: on ? [...rumour.targetNeedIds, id] : rumour.targetNeedIds.filter((t) => t !== id) });
  return (
    <fieldset className="rumour-targets">
      <legend>Communities it targets</legend>
      {needs.length === 0 && <span className="muted">No protection need recorded.</span>}
      {needs.map((need) => (
        <label key={need.id} className="check">
          <input type="checkbox" disabled={disabled} checked={rumour.targetNeedIds.includes(need.id)} onChange={(e) => toggle(need.id, e.target.checked)} /> {need.name}
        </label>
      ))}
    </fieldset>
  );
}

/** The statements that correct the claim, with where each stands, and the button that starts one. */
function Corrections({ rumour }: { rumour: Rumour }) {
  const statements = useConcordQuery('statement:list', useIncidentInput({})).data ?? [];
  const showStatement = useConsole((s) => s.showStatement);
  const correct = useConcordMutation('rumour:correct', { onSuccess: ({ statementId }) => showStatement(statementId) });
  const mayRecord = useMay('manageRumours');
  const mayDraft = useMay('draftStatements');
  const may = mayRecord.allowed ? mayDraft : mayRecord;
  const settled = correctableStatuses.some((s) => s === rumour.status);
  const linked = rumour.correctionIds.map((id) => statements.find((s) => s.id === id) ?? { id, title: '(not here yet)', status: null });
  return (
    <>
      <h4>Corrections</h4>
      {linked.length === 0 ? (
        <p className="muted">No correction yet.</p>
      ) : (
        <ul className="plain-list" data-testid="rumour-corrections">
          {linked.map((s) => (
            <li key={s.id}>
              <button type="button" className="quiet small" onClick={() => showStatement(s.id)}>
                {s.title}
              </button>{' '}
              {s.status && <span className="muted">· {statementStatusLabels[s.status]}</span>}
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="primary" {...mayProps(may, 'correct-may-not')} disabled={!may.allowed || !settled} onClick={() => void correct.run({ id: rumour.id, language: 'en' })}>
        Correct this
      </button>
      {!settled && <p className="muted">Only a claim verified as false or misleading can be corrected.</p>}
      <MayNot may={may} id="correct-may-not" />
    </>
  );
}

/** One claim: where it came from, whom it targets, what verification found and the statements correcting it. */
export function RumourDetail({ rumourId }: { rumourId: string }) {
  const { data: rumour } = useConcordQuery('rumour:get', { id: rumourId });
  const people = useConcordQuery('roster:get', useIncidentInput({})).data?.people ?? [];
  const update = useConcordMutation('rumour:update');
  const may = useMay('manageRumours');
  if (!rumour) return <p className="muted">Loading…</p>;
  const change = (changes: Changes) => void update.run({ id: rumour.id, changes });
  const nameOf = (id: string | null) => people.find((p) => p.id === id)?.name ?? 'someone not on this roster';
  return (
    <section className="rumour-detail" aria-labelledby="rumour-title" data-testid="rumour-detail">
      <h3 id="rumour-title">
        “{rumour.claim}” <RumourStatusBadge status={rumour.status} />
      </h3>
      <p className="muted">
        First seen {formatDateTime(rumour.firstSeenAt)}
        {rumour.firstSeenWhere && ` · ${rumour.firstSeenWhere}`} · {reachLabel(rumour.reach)}
      </p>
      <MayNot may={may} id="rumour-may-not" />
      <OptionField
        label="Owner"
        value={rumour.ownerId ?? ''}
        options={people.map((p) => ({ id: p.id, label: p.name }))}
        none="Nobody yet"
        select={mayProps(may, 'rumour-may-not')}
        onChange={(ownerId) => change({ ownerId: ownerId || null })}
      />
      <Targets rumour={rumour} disabled={!may.allowed} onChange={change} />
      <h4>Verification</h4>
      {rumour.verifiedBy && rumour.verifiedAt ? (
        <p>
          Marked {rumour.status} by {nameOf(rumour.verifiedBy)}, {formatDateTime(rumour.verifiedAt)}
          {rumour.verificationSource && `; source: ${rumour.verificationSource}`}
        </p>
      ) : (
        <p className="muted">Not verified yet.</p>
      )}
      {rumour.facts && (
        <p>
          <strong>Facts:</strong> {rumour.facts}
        </p>
      )}
      {rumour.falsePhrases.length > 0 && (
        <p>
          <strong>Never repeat:</strong> {rumour.falsePhrases.map((p) => `“${p}”`).join(', ')}
        </p>
      )}
      {may.allowed && <VerifyForm key={`${rumour.id}:${rumour.status}`} rumour={rumour} />}
      <Corrections rumour={rumour} />
    </section>
  );
}
