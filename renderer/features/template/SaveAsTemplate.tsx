import { useState, type SubmitEvent } from 'react';
import type { Template } from '../../../shared/domain/template';
import { useConcordMutation } from '../../api/mutation';
import { Field, FormError } from '../../components/Field';
import { rereadTemplates } from './use-templates';

/**
 * Keeps this incident for next time: its people and roles, communities with entry points, actors as contacts,
 * approved statements and adopted playbooks become a template of this console, listed where incidents are opened.
 * The core asks for the incident's commander (it copies the roster out of the incident).
 */
export function SaveAsTemplate({ incidentId }: { incidentId: string }) {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [saved, setSaved] = useState<Template | null>(null);
  const keep = useConcordMutation('template:fromIncident', {
    shownIn: 'form',
    onSuccess: (template) => {
      setSaved(template);
      setName('');
      setDescription('');
      rereadTemplates();
    },
  });
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setNameError(name.trim() ? null : 'Name the template: it is listed under this name where incidents are opened.');
    if (name.trim()) void keep.run({ incidentId, name, description }).then((template) => template === null && setSaved(null));
  };
  const c = saved?.content;
  return (
    <form className="card save-as-template" onSubmit={submit} aria-labelledby="save-as-template-title" noValidate>
      <h3 id="save-as-template-title">Save this incident as a template</h3>
      <p className="muted">For next time: the people and their roles, the communities with their entry points, the actors as contacts, approved statements and the playbook. No PIN, no task, no report.</p>
      <Field label="Template name" error={nameError}>
        {(control) => <input {...control} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field label="What it is for">{(control) => <textarea {...control} rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />}</Field>
      <FormError message={keep.error} />
      {c && (
        <p role="status">
          Saved “{c.name}”: {c.roster.length} people, {c.contacts.length} contacts, {c.communities.length} communities, {c.messages.length} messages. It is listed with the
          templates where incidents are opened.
        </p>
      )}
      <button type="submit" className="primary" disabled={keep.pending}>
        Save this incident as a template
      </button>
    </form>
  );
}
