import { useState, type SubmitEvent } from 'react';
import { useConcordMutation } from '../../api/mutation';
import { useConcordQuery } from '../../api/query';
import { Dialog } from '../../components/Dialog';
import { Field, FormError } from '../../components/Field';
import { download } from '../../components/download';
import { useConsole } from '../../store';
import { selectIncidentId } from '../../store/ui-slice';
import { useMay } from '../roster/use-may';

function GrantAccess({ incidentId }: { incidentId: string }) {
  const grant = useConcordMutation('support:grantAccess', { shownIn: 'form' });
  const [done, setDone] = useState<string | null>(null);
  const run = () =>
    void grant.run({ incidentId }).then((r) => setDone(r && `Sealed to ${r.granted} reader key(s) across ${r.households} household(s); ${r.rotated} new key generation(s); ${r.unreadable} household(s) your key does not open.`));
  return (
    <section aria-labelledby="grant-title">
      <h4 id="grant-title">Grant access</h4>
      <p className="muted">Seals each household’s key to its readers as they are now: a new liaison, a new commander, a named role, or a reader with a new PIN. A removed reader starts a new key for what is written after.</p>
      <button type="button" onClick={run}>
        Grant access to current readers
      </button>
      <FormError message={grant.error} />
      {done && <p role="status">{done}</p>}
    </section>
  );
}

function Settings({ incidentId }: { incidentId: string }) {
  const settings = useConcordQuery('support:settings', { incidentId });
  const roster = useConcordQuery('roster:get', { incidentId });
  const save = useConcordMutation('support:setSettings', { shownIn: 'form' });
  const current = settings.data;
  if (!current || !roster.data) return null;
  const chosen = current.readerRoleIds;
  const toggle = (roleId: string, on: boolean) => void save.run({ incidentId, readerRoleIds: on ? [...chosen, roleId] : chosen.filter((r) => r !== roleId) });
  return (
    <section aria-labelledby="support-settings-title">
      <h4 id="support-settings-title">Who reads the confidential details</h4>
      <fieldset>
        <legend>Roles that read, besides each household’s liaison and the commanders</legend>
        {roster.data.roles
          .filter((r) => r.kind !== 'commander')
          .map((r) => (
            <label key={r.id} className="check">
              <input type="checkbox" checked={chosen.includes(r.id)} onChange={(e) => toggle(r.id, e.target.checked)} /> {r.name}
            </label>
          ))}
      </fieldset>
      <Field label="Contact every (hours)">
        {(c) => (
          <input
            {...c}
            type="number"
            min="1"
            defaultValue={current.contactIntervalHours}
            onBlur={(e) => {
              const hours = Number(e.target.value);
              if (Number.isInteger(hours) && hours > 0 && hours !== current.contactIntervalHours) void save.run({ incidentId, contactIntervalHours: hours });
            }}
          />
        )}
      </Field>
      <FormError message={save.error} />
    </section>
  );
}

function Export({ incidentId }: { incidentId: string }) {
  const [purpose, setPurpose] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [missing, setMissing] = useState(false);
  const exporter = useConcordMutation('support:export', { shownIn: 'form' });
  const ask = (event: SubmitEvent) => {
    event.preventDefault();
    setMissing(!purpose.trim());
    if (purpose.trim()) setConfirming(true);
  };
  const confirm = () => {
    setConfirming(false);
    void exporter.run({ incidentId, purpose }).then((file) => {
      if (!file) return;
      setPurpose('');
      download(file.text, file.filename);
    });
  };
  return (
    <section aria-labelledby="support-export-title">
      <form className="support-form" onSubmit={ask} noValidate aria-labelledby="support-export-title">
        <h4 id="support-export-title">Export the confidential details</h4>
        <Field label="Purpose" hint="Required. Only the households your key opens are exported.">
          {(c) => <input {...c} value={purpose} onChange={(e) => setPurpose(e.target.value)} />}
        </Field>
        <FormError message={missing ? 'Say why the details leave the console.' : exporter.error} />
        <button type="submit">Export…</button>
      </form>
      <Dialog title="Export confidential details?" open={confirming} onClose={() => setConfirming(false)}>
        <p>This export is recorded in the incident log with your name and its purpose: “{purpose}”. The file holds names and contact details: keep it only as long as the purpose needs.</p>
        <div className="actions">
          <button type="button" className="primary" onClick={confirm}>
            Export and log it
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      </Dialog>
    </section>
  );
}

/** Granting access and exporting are for those who support families; naming reader roles is the commander's. */
export function SupportAdmin() {
  const incidentId = useConsole(selectIncidentId);
  const supports = useMay('supportFamilies');
  const commands = useMay('manageRoster');
  if (!incidentId || !supports.allowed) return null;
  return (
    <div className="support-admin">
      <GrantAccess incidentId={incidentId} />
      {commands.allowed && <Settings incidentId={incidentId} />}
      <Export incidentId={incidentId} />
    </div>
  );
}
