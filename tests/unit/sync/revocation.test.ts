import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { revocationCheck } from '../../../electron/core/sync/revocation';
import { TestClock, opsOf, tempWorkspace } from '../../fixtures/temp-store';

type Ws = ReturnType<typeof tempWorkspace>;
const open: Ws[] = [];
afterEach(() => {
  for (const ws of open.splice(0)) ws.close();
});

/** A console with only sync's revocation check: roles and sign-in are the permission guard's tests. */
function consoleOn(clock: TestClock): Ws {
  const ws = tempWorkspace(clock);
  ws.ops.setGuard(() => undefined);
  ws.ops.addCheck(revocationCheck(ws.db));
  open.push(ws);
  return ws;
}

function openIncident(ws: Ws): { id: string } {
  const id = randomUUID();
  const at = new Date(ws.clock.now()).toISOString();
  const fields = { name: 'Revocation', kind: 'other', mode: 'exercise', startedAt: at, createdAt: at, securityRiskLevel: 'elevated', securityRiskNote: '', escalationOutlook: 'unknown', operationalPeriod: '', areaDescription: '' };
  ws.ops.commit(id, ws.author(), [{ entity: 'incident', entityId: id, action: 'add', fields }]);
  return { id };
}

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

  it('never lets a device revoke itself', () => {
    const a = consoleOn(new TestClock());
    const { id } = openIncident(a);
    expect(() => revoke(a, id, a.device.deviceId)).toThrow(/itself/);
  });
});
