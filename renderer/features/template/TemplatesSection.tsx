import { useState } from 'react';
import type { TemplateSummary } from '../../../shared/domain/template';
import { useConcordMutation } from '../../api/mutation';
import { fetchRead, useConcordQuery } from '../../api/query';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/Field';
import { download } from '../../components/download';
import { formatDateTime } from '../../components/format';
import { IncidentOpeningForm } from '../incident/NewIncidentForm';
import { ImportTemplate } from './ImportTemplate';
import { TemplateEditor } from './TemplateEditor';
import { rereadTemplates } from './use-templates';
import '../../components/lists.css';
import './templates.css';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function Provenance({ template }: { template: TemplateSummary }) {
  if (template.builtIn) return <p className="muted">Shipped with Concord: built in, never changed here.</p>;
  if (!template.signer) return <p className="muted">Made on this console{template.updatedAt ? `, saved ${formatDateTime(template.updatedAt)}` : ''}.</p>;
  return (
    <p className="muted">
      Imported {template.importedAt ? formatDateTime(template.importedAt) : ''}, signed by {template.signer.thisConsole ? 'this console' : 'the console'}{' '}
      <code className="fingerprint">{template.signer.fingerprint}</code>
    </p>
  );
}

interface ItemProps {
  template: TemplateSummary;
  onStart: () => void;
  onEdit: () => void;
  onRemoved: (name: string) => void;
}

function TemplateItem({ template, onStart, onEdit, onRemoved }: ItemProps) {
  const [error, setError] = useState<string | null>(null);
  const remove = useConcordMutation('template:remove', { shownIn: 'form', onSuccess: rereadTemplates });
  const exportFile = () =>
    void fetchRead('template:export', { id: template.id }).then((file) => {
      setError(file.ok ? null : file.error.message);
      if (file.ok) download(file.value.content, file.value.filename, 'application/json');
    });
  const { people, contacts, communities, messages, playbooks } = template.counts;
  const headingId = `template-${template.id}`;
  return (
    <li className="template-item card-item" aria-labelledby={headingId}>
      <div>
        <h3>
          <span id={headingId}>{template.name}</span>
          {template.builtIn && <span className="tag-built-in">Built in</span>}
        </h3>
        {template.description && <p>{template.description}</p>}
        <p className="template-counts">
          {[plural(people, 'person', 'people'), plural(contacts, 'contact'), plural(communities, 'community', 'communities'), plural(messages, 'message'), plural(playbooks, 'playbook')].join(' · ')}
        </p>
        <Provenance template={template} />
        <FormError message={error ?? remove.error} />
      </div>
      <div className="template-actions" role="group" aria-labelledby={headingId}>
        <button type="button" className="primary" onClick={onStart}>
          Start an incident from this template
        </button>
        <button type="button" onClick={exportFile}>
          Export signed file
        </button>
        <button type="button" onClick={onEdit}>
          {template.builtIn ? 'Edit a copy' : 'Edit'}
        </button>
        {!template.builtIn && (
          <button type="button" className="quiet" disabled={remove.pending} onClick={() => void remove.run({ id: template.id }).then((removed) => removed && onRemoved(template.name))}>
            Remove
          </button>
        )}
      </div>
    </li>
  );
}

/** Which template the editor holds: one of the list, or a new one. */
type Editing = { template: TemplateSummary | null } | null;

/**
 * What the city prepared "in times of peace" (guide for cities, chapter 3): templates to start an incident from,
 * exported and imported as signed files, beside the form that opens a blank incident.
 */
export function TemplatesSection() {
  const list = useConcordQuery('template:list', {});
  const [starting, setStarting] = useState<TemplateSummary | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const templates = list.data?.templates;
  return (
    <section className="card templates-card" aria-labelledby="templates-title">
      <h2 id="templates-title">Templates prepared in peacetime</h2>
      <p>
        The team and its roles, the community register with trusted entry points, the contacts, key messages in each language and the playbook, prepared
        before anything happens. An incident started from a template opens with all of them; you are its commander.
      </p>
      <FormError message={list.error} />
      <p role="status" className="muted">
        {removed}
      </p>
      {!templates ? (
        <p role="status">Reading the templates…</p>
      ) : (
        <ul className="template-list">
          {templates.map((template) => (
            <TemplateItem
              key={template.id}
              template={template}
              onStart={() => setStarting(template)}
              onEdit={() => setEditing({ template })}
              onRemoved={(name) => setRemoved(`“${name}” was removed from this console.`)}
            />
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="button" onClick={() => setEditing({ template: null })}>
          New template
        </button>
      </div>
      <ImportTemplate />
      <Dialog title={starting ? `Start an incident from “${starting.name}”` : 'Start an incident'} open={starting !== null} onClose={() => setStarting(null)}>
        {starting && <IncidentOpeningForm template={starting} />}
        <button type="button" className="quiet" onClick={() => setStarting(null)}>
          Cancel
        </button>
      </Dialog>
      <Dialog title={editing?.template ? (editing.template.builtIn ? `A copy of “${editing.template.name}”` : `Edit “${editing.template.name}”`) : 'New template'} open={editing !== null} onClose={() => setEditing(null)}>
        {editing && <TemplateEditor template={editing.template} onDone={() => setEditing(null)} />}
      </Dialog>
    </section>
  );
}
