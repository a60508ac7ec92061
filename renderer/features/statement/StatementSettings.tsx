import { useState } from 'react';
import type { MethodInput } from '../../../shared/contract';
import { statementChannels, statementPhases, type StatementDetail } from '../../../shared/domain/statement';
import { ChoiceField, Field, FormError } from '../../components/Field';
import { MayNot, useMay } from '../roster/use-may';
import { useStatementWrite } from './use-statement-write';
import { channelLabels, languageName, phaseLabels } from './labels';

/** Phase, channels, sign language, update interval, and adding a language: the statement's own settings. */
export function StatementSettings({ statement }: { statement: StatementDetail }) {
  const mayDraft = useMay('draftStatements');
  const [newLanguage, setNewLanguage] = useState('');
  const [noCode, setNoCode] = useState(false);
  const updateWrite = useStatementWrite('statement:update', { shownIn: 'form' });
  const addVariant = useStatementWrite('statement:setVariant', { shownIn: 'form', onDone: () => setNewLanguage('') });
  const update = (changes: MethodInput<'statement:update'>['changes']) => void updateWrite.run({ id: statement.id, changes });
  const addLanguage = () => {
    setNoCode(!newLanguage.trim());
    if (newLanguage.trim()) void addVariant.run({ statementId: statement.id, language: newLanguage.trim(), translationStatus: 'needed' });
  };
  return (
    <details className="statement-settings">
      <summary>
        {phaseLabels[statement.phase]} · {statement.channels.length ? statement.channels.map((c) => channelLabels[c]).join(', ') : 'no channels yet'} · update every{' '}
        {statement.updateIntervalMinutes} min{statement.signLanguage ? ' · sign language' : ''}
      </summary>
      <MayNot may={mayDraft} />
      {mayDraft.allowed && (
        <div className="settings-grid">
          <ChoiceField label="Phase" value={statement.phase} options={statementPhases} describe={(p) => phaseLabels[p]} onChange={(phase) => update({ phase })} />
          <Field label="Audience">
            {(control) => <input {...control} defaultValue={statement.audience} onBlur={(e) => update({ audience: e.target.value })} />}
          </Field>
          <Field label="Public update interval (minutes)">
            {(control) => (
              <input
                {...control}
                type="number"
                min={5}
                defaultValue={statement.updateIntervalMinutes}
                onBlur={(e) => update({ updateIntervalMinutes: Number(e.target.value) })}
              />
            )}
          </Field>
          <fieldset className="channels">
            <legend>Planned channels</legend>
            {statementChannels.map((c) => (
              <label key={c}>
                <input
                  type="checkbox"
                  checked={statement.channels.includes(c)}
                  onChange={(e) => update({ channels: e.target.checked ? [...statement.channels, c] : statement.channels.filter((x) => x !== c) })}
                />{' '}
                {channelLabels[c]}
              </label>
            ))}
            <label>
              <input type="checkbox" checked={statement.signLanguage} onChange={(e) => update({ signLanguage: e.target.checked })} /> Sign-language interpretation
            </label>
          </fieldset>
          <div className="add-language">
            <Field label="Add a language" hint={`Code such as ar, ur or es. Has: ${statement.languages.map(languageName).join(', ')}`}>
              {(control) => <input {...control} value={newLanguage} onChange={(e) => setNewLanguage(e.target.value)} />}
            </Field>
            <button type="button" onClick={addLanguage}>
              Add language
            </button>
          </div>
        </div>
      )}
      <FormError message={noCode ? 'Type a language code such as ar or es.' : (updateWrite.error ?? addVariant.error)} />
    </details>
  );
}
