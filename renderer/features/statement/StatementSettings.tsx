import { useState } from 'react';
import { statementChannels, statementPhases, type StatementDetail } from '../../../shared/domain/statement';
import { ChoiceField, Field, FormError } from '../../components/Field';
import { useConsole } from '../../store';
import { channelLabels, languageName, phaseLabels } from './labels';

/** Phase, channels, sign language, update interval, and adding a language: the statement's own settings. */
export function StatementSettings({ statement }: { statement: StatementDetail }) {
  const act = useConsole((s) => s.actOnStatement);
  const [error, setError] = useState<string | null>(null);
  const [newLanguage, setNewLanguage] = useState('');
  const update = async (changes: Parameters<typeof act<'statement:update'>>[1]['changes']) => {
    setError((await act('statement:update', { id: statement.id, changes }))?.message ?? null);
  };
  const addLanguage = async () => {
    if (!newLanguage.trim()) return setError('Type a language code such as ar or es.');
    const failure = await act('statement:setVariant', { statementId: statement.id, language: newLanguage.trim(), translationStatus: 'needed' });
    setError(failure?.message ?? null);
    if (!failure) setNewLanguage('');
  };
  return (
    <details className="statement-settings">
      <summary>
        {phaseLabels[statement.phase]} · {statement.channels.length ? statement.channels.map((c) => channelLabels[c]).join(', ') : 'no channels yet'} · update every{' '}
        {statement.updateIntervalMinutes} min{statement.signLanguage ? ' · sign language' : ''}
      </summary>
      <div className="settings-grid">
        <ChoiceField label="Phase" value={statement.phase} options={statementPhases} describe={(p) => phaseLabels[p]} onChange={(phase) => void update({ phase })} />
        <Field label="Audience">
          {(control) => <input {...control} defaultValue={statement.audience} onBlur={(e) => void update({ audience: e.target.value })} />}
        </Field>
        <Field label="Public update interval (minutes)">
          {(control) => (
            <input
              {...control}
              type="number"
              min={5}
              defaultValue={statement.updateIntervalMinutes}
              onBlur={(e) => void update({ updateIntervalMinutes: Number(e.target.value) })}
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
                onChange={(e) => void update({ channels: e.target.checked ? [...statement.channels, c] : statement.channels.filter((x) => x !== c) })}
              />{' '}
              {channelLabels[c]}
            </label>
          ))}
          <label>
            <input type="checkbox" checked={statement.signLanguage} onChange={(e) => void update({ signLanguage: e.target.checked })} /> Sign-language interpretation
          </label>
        </fieldset>
        <div className="add-language">
          <Field label="Add a language" hint={`Code such as ar, ur or es. Has: ${statement.languages.map(languageName).join(', ')}`}>
            {(control) => <input {...control} value={newLanguage} onChange={(e) => setNewLanguage(e.target.value)} />}
          </Field>
          <button type="button" onClick={() => void addLanguage()}>
            Add language
          </button>
        </div>
      </div>
      <FormError message={error} />
    </details>
  );
}
