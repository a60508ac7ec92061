import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { stateHash } from '../../../electron/core/kernel/ops/state-hash';
import { INVITATION_TTL_MS } from '../../../electron/core/domains/sync/invitation';
import { TestClock, actAs, codeOf, opsOf } from '../../fixtures/temp-store';
import { openIncident, staff } from '../roster/helpers';
import { type Ws, workspacesPerTest } from '../../fixtures/workspaces';

const consoleOn = workspacesPerTest();

/** A device id no console here has: the device being admitted. */
const someDevice = () => randomUUID().replace(/-/g, '');

function invite(ws: Ws, incidentId: string, clock: TestClock, lastsMs = INVITATION_TTL_MS): string {
  const id = randomUUID();
  ws.ops.commit(incidentId, ws.author(), [
    { entity: 'invitation', entityId: id, action: 'add', fields: { label: 'Laptop at the press desk', expiresAt: new Date(clock.now() + lastsMs).toISOString(), tokenHash: 'ab'.repeat(32) } },
  ]);
  return id;
}

/** As the sync layer writes it: by the console that checked the token, nobody's role claimed. */
const admit = (ws: Ws, incidentId: string, device: string, invitationId: string) =>
  ws.ops.commit(incidentId, `console:${ws.device.deviceId.slice(0, 8)}`, [
    { entity: 'admission', entityId: randomUUID(), action: 'add', fields: { admittedDevice: device, invitationId } },
  ]);

const admitted = (ws: Ws, id: string) =>
  (ws.db.prepare('SELECT admitted_device AS d FROM admissions WHERE incident_id = ? ORDER BY d').all(id) as { d: string }[]).map((r) => r.d);
const refusedReasons = (ws: Ws, id: string) =>
  (ws.db.prepare("SELECT r.reason FROM refused_ops r JOIN ops o USING (incident_id, device_id, seq) WHERE r.incident_id = ? AND o.entity = 'admission'").all(id) as {
    reason: string;
  }[]).map((r) => r.reason);

/** Alpha opened the incident and admitted Bravo; both hold the same ops. */
async function twoMembers() {
  const clock = new TestClock();
  const [a, b] = [consoleOn(clock), consoleOn(clock)];
  const { incidentId, commanderId } = await openIncident(a);
  admit(a, incidentId, b.device.deviceId, invite(a, incidentId, clock));
  b.ops.applyRemote(opsOf(a, incidentId));
  return { clock, a, b, incidentId, commanderId };
}

describe('invitations and admissions', () => {
  it('an invitation is made only by someone who may invite devices, and lasts at most 30 minutes', async () => {
    const { clock, a, incidentId, commanderId } = await twoMembers();
    expect(codeOf(() => invite(a, incidentId, clock, INVITATION_TTL_MS + 60_000))).toBe('invalid_input');
    const observer = await staff(a, incidentId, 'observer', 'Olu Bakare');
    actAs(a, incidentId, observer);
    expect(codeOf(() => invite(a, incidentId, clock))).toBe('forbidden');
    actAs(a, incidentId, commanderId);
    expect(codeOf(() => invite(a, incidentId, clock))).toBeNull();
  });

  it('one invitation admits one device: two consoles using it at once end alike, the later admission refused on both', async () => {
    const { clock, a, b, incidentId } = await twoMembers();
    const invitation = invite(a, incidentId, clock);
    b.ops.applyRemote(opsOf(a, incidentId));
    const [first, second] = [someDevice(), someDevice()];
    // Each console admits a different device with the same invitation before hearing of the other's admission.
    admit(a, incidentId, first, invitation);
    clock.advance(1);
    admit(b, incidentId, second, invitation);
    a.ops.applyRemote(opsOf(b, incidentId));
    b.ops.applyRemote(opsOf(a, incidentId));
    for (const ws of [a, b]) {
      expect(admitted(ws, incidentId)).toEqual([b.device.deviceId, first].sort());
      expect(refusedReasons(ws, incidentId)).toEqual(['the invitation was already used']);
    }
    expect(stateHash(a.db, incidentId, a.ops.projector.entities())).toBe(stateHash(b.db, incidentId, b.ops.projector.entities()));
    // Used once, it admits nobody else, here either.
    expect(codeOf(() => admit(a, incidentId, someDevice(), invitation))).toBe('forbidden');
  });

  it('two consoles admitting the same device with its invitation is no second use', async () => {
    const { clock, a, b, incidentId } = await twoMembers();
    const invitation = invite(a, incidentId, clock);
    b.ops.applyRemote(opsOf(a, incidentId));
    const device = someDevice();
    admit(a, incidentId, device, invitation);
    admit(b, incidentId, device, invitation);
    a.ops.applyRemote(opsOf(b, incidentId));
    b.ops.applyRemote(opsOf(a, incidentId));
    for (const ws of [a, b]) expect(refusedReasons(ws, incidentId)).toEqual([]);
  });

  it('an admission stamped after the invitation expired is refused, whatever console writes it', async () => {
    const { clock, a, b, incidentId } = await twoMembers();
    const invitation = invite(a, incidentId, clock);
    b.ops.applyRemote(opsOf(a, incidentId));
    clock.advance(INVITATION_TTL_MS + 1);
    expect(codeOf(() => admit(b, incidentId, someDevice(), invitation))).toBe('forbidden');
    expect(admitted(b, incidentId)).toEqual([b.device.deviceId]);
  });

  it('only a console of the incident admits, and only by an invitation of the incident', async () => {
    const { clock, a, incidentId } = await twoMembers();
    const outsider = consoleOn(clock);
    const invitation = invite(a, incidentId, clock);
    outsider.ops.applyRemote(opsOf(a, incidentId));
    expect(codeOf(() => admit(outsider, incidentId, someDevice(), invitation))).toBe('forbidden');
    expect(codeOf(() => admit(a, incidentId, someDevice(), randomUUID()))).toBe('not_found');
    expect(codeOf(() => admit(a, incidentId, a.device.deviceId, invitation))).toBe('forbidden');
  });
});
