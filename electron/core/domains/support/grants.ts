import type { z } from 'zod';
import type { exportInput, grantAccessInput, setSettingsInput, SupportSettings } from '../../../../shared/domain/support';
import { ConcordError } from '../../../../shared/result';
import type { Change } from '../../kernel/ops/change';
import { newId } from '../../kernel/ops/ids';
import { requireInIncident } from '../../kernel/query/links';
import type { Workspace } from '../../kernel/store/workspace';
import { getIncident } from '../incident';
import { intendedReaders, readerContext, rekey } from './access';
import { contactsOf, householdOf, householdRows, needsOf, settingsOf } from './read';
import { detailsAd, noteAd, openKeys, openText, openerOf, sealText, wipe } from './sealing';
import { detailsOf, withReading } from './view';

function signedIn(ws: Workspace, incidentId: string) {
  const session = ws.session.operator;
  if (!session || session.incidentId !== incidentId) throw new ConcordError('forbidden', 'sign in first: only a reader, signed in, opens the confidential details');
  return session;
}

/**
 * Seals each household's keys to its readers as they are now: a new liaison, a new commander or reader role, a
 * reader's new key after a PIN change. Where someone is no longer a reader, a new key generation starts and the
 * details are sealed again under it. Households whose keys the operator's key does not open are counted, not touched.
 */
export function grantAccess(ws: Workspace, input: z.output<typeof grantAccessInput>): { granted: number; rotated: number; households: number; unreadable: number } {
  getIncident(ws, input.incidentId);
  const session = signedIn(ws, input.incidentId);
  const ctx = readerContext(ws, input.incidentId, settingsOf(ws, input.incidentId));
  const rows = householdRows(ws, input.incidentId).filter((r) => !input.householdId || r.id === input.householdId);
  if (input.householdId && rows.length === 0) throw new ConcordError('not_found', `no household ${input.householdId} in this incident`);
  const opener = openerOf(session.personId, session.key);
  const changes: Change[] = [];
  let granted = 0;
  let rotated = 0;
  let unreadable = 0;
  try {
    for (const row of rows) {
      const h = householdOf(row, 0);
      const readers = intendedReaders(ctx, h.liaisonId);
      if (!readers.some((r) => r.personId === session.personId)) {
        unreadable += 1;
        continue;
      }
      let s: ReturnType<typeof rekey>;
      try {
        s = rekey(h.keyring, readers, opener);
      } catch (e) {
        if (!(e instanceof ConcordError) || e.code !== 'forbidden') throw e;
        unreadable += 1;
        continue;
      }
      const details = s.rotated ? detailsOf(h, s.keys) : null;
      const fields = JSON.stringify(s.keyring) === JSON.stringify(h.keyring) ? {} : { keyring: s.keyring, ...(details ? { sealed: sealText(JSON.stringify(details), s.gen, s.k, detailsAd(h.id)) } : {}) };
      wipe(s.keys.values());
      if (Object.keys(fields).length === 0) continue;
      changes.push({ entity: 'household', entityId: h.id, action: 'set', fields });
      granted += s.granted;
      rotated += s.rotated ? 1 : 0;
    }
  } finally {
    opener.wipe();
  }
  if (unreadable === rows.length && rows.length > 0) throw new ConcordError('forbidden', 'your key opens none of these households’ confidential records: only their readers grant access');
  if (changes.length > 0) ws.ops.commit(input.incidentId, ws.author(), changes);
  return { granted, rotated, households: changes.length, unreadable };
}

/**
 * The confidential details as text, for a purpose the operator states: the export is itself an op, so the log says
 * who took what out of the console and why. Only households the operator's key opens are in it.
 */
export function exportDetails(ws: Workspace, input: z.output<typeof exportInput>): { text: string; households: number; filename: string } {
  signedIn(ws, input.incidentId);
  const sections = withReading(ws, input.incidentId, (r) => {
    const out: string[] = [];
    for (const row of householdRows(ws, input.incidentId)) {
      const h = householdOf(row, 0);
      const keys = r.opener ? openKeys(h.keyring, r.opener) : new Map<number, Buffer>();
      const details = detailsOf(h, keys);
      if (details) {
        const needs = needsOf(ws, h.id, r.now).map((n) => `  - ${n.field}: ${n.summary} (${n.status}${n.dueAt ? `, due ${n.dueAt}` : ''})`);
        const contacts = contactsOf(ws, h.id).map((c) => `  - ${c.at} ${c.channel} by ${c.byName ?? c.by}: ${c.sealedNote ? (openText(c.sealedNote, keys, noteAd(h.id, c.id)) ?? '(sealed under a key you do not hold)') : ''}`);
        out.push(
          [`${h.label} (${h.kind}, ${h.status})`, `Names: ${details.names}`, `Contact: ${details.contact}`, `Address: ${details.address}`, `Notes: ${details.notes}`, `Language: ${h.language}${h.interpreterNeeded ? ' (interpreter needed)' : ''}`, `Consent: ${h.consent}`, 'Needs:', ...needs, 'Contacts:', ...contacts].join('\n'),
        );
      }
      wipe(keys.values());
    }
    return out;
  });
  if (sections.length === 0) throw new ConcordError('forbidden', 'your key opens no household’s confidential details: only their readers may export them');
  ws.ops.commit(input.incidentId, ws.author(), [{ entity: 'supportExport', entityId: newId(), action: 'add', fields: { households: sections.length, purpose: input.purpose } }]);
  const header = `CONFIDENTIAL — families and survivors (${sections.length} households)\nPurpose: ${input.purpose}\nExported at ${new Date(ws.clock.now()).toISOString()}; this export is recorded in the incident log.\n`;
  return { text: [header, ...sections].join('\n\n'), households: sections.length, filename: `families-confidential-${new Date(ws.clock.now()).toISOString().slice(0, 10)}.txt` };
}

export function readSettings(ws: Workspace, incidentId: string): SupportSettings {
  getIncident(ws, incidentId);
  const { stored: _stored, ...settings } = settingsOf(ws, incidentId);
  return settings;
}

/** The commander names the roles that read sealed records; a grant then seals each household's key to them. */
export function setSettings(ws: Workspace, input: z.output<typeof setSettingsInput>): SupportSettings {
  const { incidentId, ...changes } = input;
  getIncident(ws, incidentId);
  for (const roleId of changes.readerRoleIds ?? []) requireInIncident(ws, 'role', incidentId, roleId, 'role');
  const { stored, ...now } = settingsOf(ws, incidentId);
  const fields = { ...now, ...changes };
  ws.ops.commit(incidentId, ws.author(), [stored ? { entity: 'supportSettings', entityId: incidentId, action: 'set', fields: changes } : { entity: 'supportSettings', entityId: incidentId, action: 'add', fields }]);
  return readSettings(ws, incidentId);
}
