import { useState } from 'react';
import type { ProtectionNeed } from '../../../shared/domain/protection';
import { useConcordMutation } from '../../api/mutation';
import { useConcordQuery, useIncidentInput } from '../../api/query';
import { PickField } from '../roster/RosterForms';
import { useMay } from '../roster/use-may';

/**
 * Who the city speaks to the community through: its named case manager, from the roster, and its trusted entry
 * points, from the actors on the ground (city-led response guide, community engagement).
 */
export function NeedContacts({ need }: { need: ProtectionNeed }) {
  const roster = useConcordQuery('roster:get', useIncidentInput({}));
  const actors = useConcordQuery('actor:list', useIncidentInput({ sort: 'name' as const, limit: 500 }));
  const update = useConcordMutation('protection:update');
  const may = useMay('manageProtection');
  const people = roster.data?.people ?? [];
  const entryPoints = (actors.data?.actors ?? []).filter((a) => need.entryPointIds.includes(a.id));
  // Each choice is saved as it is made, with no button: the status line confirms it.
  const [saved, setSaved] = useState('');
  const save = (changes: { caseManagerId?: string | null; entryPointIds?: string[] }, what: string) =>
    void update.run({ id: need.id, changes }).then((done) => done && setSaved(`${what} saved.`));
  if (!may.allowed) {
    return (
      <p data-testid="need-contacts">
        Case manager: {people.find((p) => p.id === need.caseManagerId)?.name ?? 'none named'} · Entry points:{' '}
        {entryPoints.length > 0 ? entryPoints.map((a) => a.name).join(', ') : 'none named'}
      </p>
    );
  }
  return (
    <div data-testid="need-contacts">
      <PickField
        label="Case manager"
        hint="A trusted point of contact within the community, from the roster."
        value={need.caseManagerId ?? ''}
        options={[{ id: '', name: 'None named' }, ...people]}
        onChange={(caseManagerId) => save({ caseManagerId: caseManagerId || null }, 'Case manager')}
      />
      <fieldset className="choice-group">
        <legend>Trusted entry points</legend>
        {/* The list scrolls; who is named must show without scrolling to find the ticks. */}
        <p className="muted" data-testid="entry-points-named">
          Named: {entryPoints.length > 0 ? entryPoints.map((a) => a.name).join(', ') : 'none yet'}
        </p>
        <div className="entry-point-list">
          {actors.data?.actors.map((a) => (
            <label key={a.id} className="check">
              <input
                type="checkbox"
                checked={need.entryPointIds.includes(a.id)}
                onChange={(e) => save({ entryPointIds: e.target.checked ? [...need.entryPointIds, a.id] : need.entryPointIds.filter((id) => id !== a.id) }, 'Entry points')}
              />{' '}
              {a.name}
            </label>
          ))}
        </div>
      </fieldset>
      <p role="status" className="muted">
        {saved}
      </p>
    </div>
  );
}
