import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { stateHash } from '../../../electron/core/kernel/ops/state-hash';
import { TestClock, actAs, codeOf, opsOf, tempWorkspace } from '../../fixtures/temp-store';
import { openIncident } from '../roster/helpers';

type Ws = ReturnType<typeof tempWorkspace>;
const open: Ws[] = [];
afterEach(() => {
  for (const ws of open.splice(0)) ws.close();
});
const consoleOn = (clock: TestClock): Ws => {
  const ws = tempWorkspace(clock);
  open.push(ws);
  return ws;
};

const note = (ws: Ws, incidentId: string, text: string) =>
  ws.ops.commit(incidentId, ws.author(), [{ entity: 'logNote', entityId: randomUUID(), action: 'add', fields: { text } }]);
const revoke = (ws: Ws, incidentId: string, deviceId: string) =>
  ws.ops.commit(incidentId, ws.author(), [
    { entity: 'deviceRevocation', entityId: randomUUID(), action: 'add', fields: { revokedDevice: deviceId, reason: 'lost', lastSeq: ws.ops.head(incidentId, deviceId)?.seq ?? 0 } },
  ]);
const notes = (ws: Ws, id: string) => (ws.db.prepare('SELECT text FROM log_notes WHERE incident_id = ? ORDER BY text').all(id) as { text: string }[]).map((r) => r.text);
const refused = (ws: Ws, id: string) => ws.db.prepare('SELECT device_id, seq, reason FROM refused_ops WHERE incident_id = ? ORDER BY device_id, seq').all(id);
const hashOf = (ws: Ws, id: string) => stateHash(ws.db, id, ws.ops.projector.entities());

/** Three consoles of one incident whose commander is signed in on all of them. */
async function threeConsoles() {
  const clock = new TestClock();
  const [a, b, c] = [consoleOn(clock), consoleOn(clock), consoleOn(clock)];
  const { incidentId, commanderId } = await openIncident(a);
  for (const ws of [b, c]) {
    ws.ops.applyRemote(opsOf(a, incidentId));
    actAs(ws, incidentId, commanderId);
  }
  return { clock, a, b, c, id: incidentId };
}

describe('device revocation', () => {
  it('cuts the revoked device at the last seq the revoker held: later ops are kept, refused on every console, whatever their clocks', async () => {
    const { clock, a, b, c, id } = await threeConsoles();
    note(b, id, 'before the revocation');
    a.ops.applyRemote(opsOf(b, id));
    clock.advance(1000);
    // Bravo writes again before the revocation (by its clock) but Alpha has not seen it: it is past the cut.
    note(b, id, 'unseen by the revoker');
    clock.advance(1000);
    revoke(a, id, b.device.deviceId);
    clock.advance(1000);
    note(b, id, 'after the revocation');
    expect(a.ops.applyRemote(opsOf(b, id))).toBe(2);
    c.ops.applyRemote(opsOf(a, id));
    c.ops.applyRemote(opsOf(b, id));
    for (const ws of [a, c]) expect(notes(ws, id)).toEqual(['before the revocation']);
    expect(refused(a, id)).toEqual(refused(c, id));
    expect(refused(a, id)).toHaveLength(2);
    expect(hashOf(a, id)).toBe(hashOf(c, id));
  });

  it('retracts ops already applied once the revocation that cuts them arrives', async () => {
    const { clock, a, b, c, id } = await threeConsoles();
    note(b, id, 'kept');
    a.ops.applyRemote(opsOf(b, id));
    clock.advance(1000);
    note(b, id, 'retracted');
    // Charlie applies all of Bravo's notes first, then the revocation from Alpha, which never saw the second one.
    c.ops.applyRemote(opsOf(b, id));
    expect(notes(c, id)).toEqual(['kept', 'retracted']);
    clock.advance(1000);
    revoke(a, id, b.device.deviceId);
    c.ops.applyRemote(opsOf(a, id));
    expect(notes(c, id)).toEqual(['kept']);
    a.ops.applyRemote(opsOf(b, id));
    expect(hashOf(a, id)).toBe(hashOf(c, id));
  });

  it('never lets a device revoke itself', async () => {
    const { a, id } = await threeConsoles();
    expect(codeOf(() => revoke(a, id, a.device.deviceId))).toBe('forbidden');
  });
});
