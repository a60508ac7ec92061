import { createConcord, type Concord } from '../electron/core/app/concord';
import type { Change } from '../electron/core/kernel/ops/change';
import { tempDir, unwrap } from '../tests/fixtures/temp-store';
import { newId } from '../electron/core/kernel/ops/ids';

const PASSPHRASE = 'bench passphrase, long enough';
const risk = ['none', 'low', 'elevated', 'high', 'critical'] as const;

export interface BenchConsole {
  concord: Concord;
  close(): void;
}

/** A console with sync on loopback only (no beacons): the bench never sends a packet off this machine. */
export async function startConsole(): Promise<BenchConsole> {
  const { dir, cleanup } = tempDir();
  const concord = createConcord({ dataDir: dir, log: () => undefined, sync: { host: '127.0.0.1', port: 0, discovery: false } });
  unwrap(await concord.call('store:create', { passphrase: PASSPHRASE }));
  await concord.sync?.ready();
  return { concord, close: () => (concord.close(), cleanup()) };
}

export const syncOf = (c: BenchConsole) => {
  const sync = c.concord.sync;
  if (!sync) throw new Error('sync is off');
  return sync;
};

export async function openIncident(c: BenchConsole): Promise<{ id: string; code: string }> {
  const input = { name: 'Bench incident', kind: 'other', mode: 'exercise', commander: { name: 'Bench Commander', pin: '48261573' } };
  const { id } = unwrap(await c.concord.call('incident:create', input)) as { id: string };
  const { code } = unwrap(await c.concord.call('sync:joinCode', { incidentId: id }));
  // Edits need a signed-in operator holding a role: the commander signs in (where rosters exist).
  const roster = await c.concord.call('roster:get', { incidentId: id });
  const person = roster.ok ? (roster.value as { people: { id: string }[] }).people[0] : undefined;
  if (person) unwrap(await c.concord.call('roster:signIn', { incidentId: id, personId: person.id, pin: input.commander.pin }));
  return { id, code };
}

/** Another join code for the incident: each admits one console, once. Needs the commander signed in on `c`. */
export const newJoinCode = async (c: BenchConsole, incidentId: string): Promise<string> => unwrap(await c.concord.call('sync:joinCode', { incidentId })).code;

/** The store bench's mix: half log notes (append-only), half situation edits (two fields, per-field LWW). */
export const change = (incidentId: string, n: number): Change =>
  n % 2 === 0
    ? { entity: 'logNote', entityId: newId(), action: 'add', fields: { text: `Check-in ${n} from the cordon at Elm Street` } }
    : { entity: 'incident', entityId: incidentId, action: 'set', fields: { securityRiskLevel: risk[n % risk.length] ?? 'low', securityRiskNote: `note ${n}` } };

/** Ops a console holds of an incident: its chains have no gaps, so the sum of their heads, read without a scan. */
export const heldBy = (c: BenchConsole, incidentId: string): number =>
  Object.values(c.concord.store.current().ops.versionVector(incidentId)).reduce((n, seq) => n + seq, 0);
