import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { revocationCheck } from '../../../electron/core/sync/revocation';
import { guardlessConsoles, openBareIncident, type BareConsole as Ws } from '../../fixtures/guardless-consoles';
import { TestClock, opsOf } from '../../fixtures/temp-store';

const bareConsole = guardlessConsoles();

/** A console with only sync's revocation check: roles and sign-in are the permission guard's tests. */
function consoleOn(clock: TestClock): Ws {
  const ws = bareConsole(clock);
  ws.ops.addCheck(revocationCheck(ws.db, ws.ops.batchMemo()));
  return ws;
}

const openIncident = (ws: Ws): { id: string } => ({ id: openBareIncident(ws, 'Revocation') });

const note = (ws: Ws, incidentId: string, text: string) =>
  ws.ops.commit(incidentId, ws.author(), [{ entity: 'logNote', entityId: randomUUID(), action: 'add', fields: { text } }]);
const revoke = (ws: Ws, incidentId: string, deviceId: string) =>
  ws.ops.commit(incidentId, ws.author(), [{ entity: 'deviceRevocation', entityId: randomUUID(), action: 'add', fields: { revokedDevice: deviceId, reason: 'lost' } }]);

describe('device revocation', () => {
  it('refuses, on every console, the ops a revoked device stamped after its revocation, relayed or not', () => {
    const clock = new TestClock();
    const [a, b, c] = [consoleOn(clock), consoleOn(clock), consoleOn(clock)];
    const { id } = openIncident(a);
    b.ops.applyRemote(opsOf(a, id));
    note(b, id, 'before the revocation');
    a.ops.applyRemote(opsOf(b, id));
    clock.advance(1000);
    revoke(a, id, b.device.deviceId);
    clock.advance(1000);
    const late = note(b, id, 'after the revocation');
    expect(() => a.ops.applyRemote(late)).toThrow(/revoked/);
    c.ops.applyRemote(opsOf(a, id));
    expect(() => c.ops.applyRemote(opsOf(b, id))).toThrow(/revoked/);
    expect(c.db.prepare('SELECT text FROM log_notes WHERE incident_id = ?').all(id)).toEqual([{ text: 'before the revocation' }]);
  });

  it('refuses the late ops of a device revoked in the same batch that carries them', () => {
    const clock = new TestClock();
    const [a, b, c] = [consoleOn(clock), consoleOn(clock), consoleOn(clock)];
    const { id } = openIncident(a);
    b.ops.applyRemote(opsOf(a, id));
    note(b, id, 'before the revocation');
    clock.advance(1000);
    revoke(a, id, b.device.deviceId);
    clock.advance(1000);
    note(b, id, 'after the revocation');
    const fromB = opsOf(b, id).filter((op) => op.deviceId === b.device.deviceId);
    expect(() => c.ops.applyRemote([...opsOf(a, id), ...fromB])).toThrow(/revoked/);
    expect(c.db.prepare('SELECT text FROM log_notes WHERE incident_id = ?').all(id)).toEqual([]);
  });

  it('never lets a device revoke itself', () => {
    const a = consoleOn(new TestClock());
    const { id } = openIncident(a);
    expect(() => revoke(a, id, a.device.deviceId)).toThrow(/itself/);
  });
});
