import { useId, useState, type SubmitEvent } from 'react';
import type { TemplateImport } from '../../../shared/domain/template';
import { useConcordMutation } from '../../api/mutation';
import { Field, FormError } from '../../components/Field';
import { rereadTemplates } from './use-templates';

/**
 * Imports a template file another console exported. The core verifies its signature first and refuses a file changed
 * after signing, or unsigned; the person sees which console signed it (its fingerprint, to compare with that
 * console's own), and a template already here is replaced only when they say so.
 */
export function ImportTemplate() {
  const replaceId = useId();
  const titleId = useId();
  const [text, setText] = useState<string | null>(null);
  const [replace, setReplace] = useState(false);
  const [done, setDone] = useState<TemplateImport | null>(null);
  const importer = useConcordMutation('template:import', {
    shownIn: 'form',
    onSuccess: (result) => {
      setDone(result);
      rereadTemplates();
    },
  });
  const choose = (file: File | undefined) => {
    setDone(null);
    importer.reset();
    if (file) void file.text().then(setText);
    else setText(null);
  };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (text !== null) void importer.run({ content: text, replace }).then((result) => result === null && setDone(null));
  };
  return (
    <form className="import-template" onSubmit={submit} aria-labelledby={titleId} noValidate>
      <h3 id={titleId}>Import a template file</h3>
      <p className="muted">Only a file signed by a Concord console is taken, and only as it was signed: compare the fingerprint shown with the console that exported it.</p>
      <Field label="Template file" hint="A .concord-template.json file exported from Concord.">
        {(control) => <input {...control} type="file" accept=".json,application/json" onChange={(event) => choose(event.target.files?.[0])} />}
      </Field>
      <div className="check">
        <input id={replaceId} type="checkbox" checked={replace} onChange={(event) => setReplace(event.target.checked)} />
        <label htmlFor={replaceId}>Replace the template of the same id if this console already holds it</label>
      </div>
      <FormError message={importer.error} />
      {done && (
        <p role="status" className="import-done">
          Imported “{done.template.name}”{done.replaced ? ', replacing the one this console held' : ''}. Signed by {done.signer.thisConsole ? 'this console' : 'the console'} with fingerprint{' '}
          <code className="fingerprint">{done.signer.fingerprint}</code>.
        </p>
      )}
      <button type="submit" disabled={text === null || importer.pending}>
        {importer.pending ? 'Checking the signature…' : 'Import'}
      </button>
    </form>
  );
}
