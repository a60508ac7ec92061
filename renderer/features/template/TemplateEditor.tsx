import { useState, type SubmitEvent } from 'react';
import { builtInPlaybookIds, type BuiltInPlaybookId } from '../../../shared/domain/playbook';
import type { TemplateContent, TemplateMessage, TemplateSummary } from '../../../shared/domain/template';
import { useConcordMutation } from '../../api/mutation';
import { useConcordQuery } from '../../api/query';
import { Field, FormError } from '../../components/Field';
import { MessagesEditor } from './MessagesEditor';
import { rereadTemplates } from './use-templates';

const blank: TemplateContent = { name: '', description: '', roster: [], contacts: [], communities: [], messages: [], playbooks: [{ playbook: 'first-72-hours', addedItems: [] }] };

const playbookTitles: Record<BuiltInPlaybookId, string> = { 'first-72-hours': 'First 72 hours after a hate-motivated attack' };

interface FormProps {
  initial: TemplateContent;
  /** The template saved over; null saves a new one (a new template, or a copy of a built-in one). */
  id: string | null;
  onDone: () => void;
}

/**
 * The name, description, message templates and playbooks of a template. Its roster, communities and contacts come
 * from an incident kept as a template or from an imported file, and are kept as they are.
 */
function EditorForm({ initial, id, onDone }: FormProps) {
  const [name, setName] = useState(initial.name);
  const [description, setDescription] = useState(initial.description);
  const [messages, setMessages] = useState<TemplateMessage[]>(initial.messages);
  const [adopted, setAdopted] = useState<ReadonlySet<BuiltInPlaybookId>>(new Set(initial.playbooks.map((p) => p.playbook)));
  const [nameError, setNameError] = useState<string | null>(null);
  const save = useConcordMutation('template:save', {
    shownIn: 'form',
    onSuccess: () => {
      rereadTemplates();
      onDone();
    },
  });
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setNameError(name.trim() ? null : 'Give the template a name people will recognise when an incident starts.');
    if (!name.trim()) return;
    const playbooks = builtInPlaybookIds.filter((p) => adopted.has(p)).map((p) => initial.playbooks.find((kept) => kept.playbook === p) ?? { playbook: p, addedItems: [] });
    const content = { ...initial, name, description, messages, playbooks };
    void save.run(id ? { id, content } : { content }).then((saved) => saved === null && setNameError(null));
  };
  const toggle = (playbook: BuiltInPlaybookId, on: boolean) =>
    setAdopted((now) => {
      const next = new Set(now);
      if (on) next.add(playbook);
      else next.delete(playbook);
      return next;
    });
  return (
    <form className="template-editor" onSubmit={submit} noValidate>
      <Field label="Template name" error={nameError}>
        {(control) => <input {...control} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field label="What it is for" hint="Who prepared it and when it applies.">
        {(control) => <textarea {...control} rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />}
      </Field>
      <p className="muted">
        Kept as prepared: {initial.roster.length} people, {initial.contacts.length} contacts and {initial.communities.length} communities.
      </p>
      <fieldset className="choice-group">
        <legend>Playbooks adopted when an incident starts</legend>
        {builtInPlaybookIds.map((playbook) => (
          <div className="check" key={playbook}>
            <input id={`adopt-${playbook}`} type="checkbox" checked={adopted.has(playbook)} onChange={(e) => toggle(playbook, e.target.checked)} />
            <label htmlFor={`adopt-${playbook}`}>{playbookTitles[playbook]}</label>
          </div>
        ))}
      </fieldset>
      <MessagesEditor messages={messages} onChange={setMessages} />
      <FormError message={save.error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={save.pending}>{id ? 'Save template' : 'Save as a new template'}</button>
        <button type="button" className="quiet" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}

/** Edits a template of this console, or starts a new one (blank, or a copy of a built-in one). */
export function TemplateEditor({ template, onDone }: { template: TemplateSummary | null; onDone: () => void }) {
  const full = useConcordQuery('template:get', template ? { id: template.id } : null);
  if (!template) return <EditorForm initial={blank} id={null} onDone={onDone} />;
  if (full.error) return <FormError message={full.error} />;
  if (!full.data) return <p role="status">Reading the template…</p>;
  const initial = template.builtIn ? { ...full.data.content, name: `${full.data.content.name} (copy)` } : full.data.content;
  return <EditorForm initial={initial} id={template.builtIn ? null : template.id} onDone={onDone} />;
}
