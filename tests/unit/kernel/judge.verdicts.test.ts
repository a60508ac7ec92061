import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { writeNote } from '../../../electron/core/domains/log/service';
import { byPosition } from '../../../electron/core/kernel/ops/position';
import { stateHash } from '../../../electron/core/kernel/ops/state-hash';
import { addPriority } from '../../../electron/core/domains/priority/service';
import { addPerson, assign, endAssignment } from '../../../electron/core/domains/roster/service';
import { TestClock, actAs, giveKey, opsOf, tempWorkspace } from '../../fixtures/temp-store';
import { openIncident, roleIdOf } from '../roster/helpers';

/**
 * Two judge cases the judge property (judge.property.test.ts) found, each reduced to the few ops that show it.
 * Every console of an incident must judge the same ops the same way, whatever order they arrived in, and the same
 * as a fresh console given them all at once.
 */
type Ws = ReturnType<typeof tempWorkspace>;
const open: Ws[] = [];
afterEach(() => {
  for (const ws of open.splice(0)) ws.close();
});
const consoles = (n: number, clock: TestClock): Ws[] =>
  Array.from({ length: n }, () => {
    const ws = tempWorkspace(clock);
    open.push(ws);
    return ws;
  });

const REVOKED = 'its console was revoked from this incident before this edit';
const hashOf = (ws: Ws, id: string) => stateHash(ws.db, id, ws.ops.projector.entities());
const refused = (ws: Ws, id: string) => ws.db.prepare('SELECT device_id, seq, kind, reason FROM refused_ops WHERE incident_id = ? ORDER BY device_id, seq').all(id);
const priorities = (ws: Ws, id: string) => (ws.db.prepare('SELECT title FROM priorities WHERE incident_id = ? AND deleted = 0 ORDER BY title').all(id) as { title: string }[]).map((r) => r.title);
/** What `ws` holds that `to` lacks, of `ws`'s own chain. */
const ownNews = (ws: Ws, to: Ws, id: string) => opsOf(ws, id).filter((o) => o.deviceId === ws.device.deviceId && o.seq > (to.ops.head(id, o.deviceId)?.seq ?? 0));
/** A console given every op `from` holds at once, in position order. */
function freshCopy(from: Ws, id: string, clock: TestClock): Ws {
  const [fresh] = consoles(1, clock);
  if (!fresh) throw new Error('no console');
  fresh.ops.applyRemote([...opsOf(from, id)].sort(byPosition));
  return fresh;
}

describe('the judge, on ops that arrive late', () => {
  it('an authority op refused on arrival stays refused when a later-arriving authority op that sorts before it makes the console judge again', async () => {
    const clock = new TestClock();
    const [a, b, c, d] = consoles(4, clock);
    if (!a || !b || !c || !d) throw new Error('no console');
    const { incidentId: id, commanderId } = await openIncident(a);
    const mayor = (await addPerson(a, { incidentId: id, name: 'Mayor Ana Ruiz' })).id;
    giveKey(a, id, mayor);
    assign(a, { incidentId: id, personId: mayor, roleId: roleIdOf(a, id, 'commander'), shiftStart: null, shiftEnd: null });
    for (const ws of [b, c, d]) ws.ops.applyRemote(opsOf(a, id));

    clock.advance(1000);
    // Delta: the commander adds a person (a roster op) that Charlie will receive last.
    actAs(d, id, commanderId);
    await addPerson(d, { incidentId: id, name: 'Late arrival' });
    clock.advance(1000);
    // Alpha: the commander ends the mayor's assignment.
    const assignment = (a.db.prepare('SELECT id FROM assignments WHERE person_id = ?').get(mayor) as { id: string }).id;
    endAssignment(a, { incidentId: id, id: assignment });
    clock.advance(1000);
    // Bravo, cut off from Alpha: the mayor adds a priority after her assignment ended. It must never take effect.
    actAs(b, id, mayor);
    addPriority(b, { incidentId: id, title: 'Set after the end of her shift' });

    c.ops.applyRemote(ownNews(a, c, id));
    c.ops.applyRemote(ownNews(b, c, id));
    expect(priorities(c, id)).toEqual([]);
    expect(refused(c, id)).toEqual([{ device_id: b.device.deviceId, seq: 2, kind: 'no role', reason: 'Mayor Ana Ruiz holds no role that may set priorities: ask the incident commander.' }]);
    // Delta's person sorts before both: Charlie judges again from there, and the refused priority must stay refused.
    c.ops.applyRemote(ownNews(d, c, id));
    expect(priorities(c, id)).toEqual([]);
    expect(refused(c, id)).toHaveLength(1);
    const fresh = freshCopy(c, id, clock);
    expect(refused(c, id)).toEqual(refused(fresh, id));
    expect(hashOf(c, id)).toBe(hashOf(fresh, id));
  });

  it('a revocation that does not take effect cuts nothing: the console it named keeps its earlier roster edits', async () => {
    const clock = new TestClock();
    const [a, b, c] = consoles(3, clock);
    if (!a || !b || !c) throw new Error('no console');
    const { incidentId: id, commanderId } = await openIncident(a);
    const staff = (await addPerson(a, { incidentId: id, name: 'Jo Staff' })).id;
    assign(a, { incidentId: id, personId: staff, roleId: roleIdOf(a, id, 'operationsStaff'), shiftStart: null, shiftEnd: null });
    for (const ws of [b, c]) {
      ws.ops.applyRemote(opsOf(a, id));
      actAs(ws, id, commanderId);
    }
    const revoke = (ws: Ws, target: Ws) =>
      ws.ops.commit(id, ws.author(), [
        { entity: 'deviceRevocation', entityId: randomUUID(), action: 'add', fields: { revokedDevice: target.device.deviceId, reason: 'lost', lastSeq: ws.ops.head(id, target.device.deviceId)?.seq ?? 0 } },
      ]);

    // Charlie ends Jo's shift (a roster op, Charlie's seq 2).
    const assignment = (c.db.prepare('SELECT id FROM assignments WHERE person_id = ?').get(staff) as { id: string }).id;
    endAssignment(c, { incidentId: id, id: assignment });
    clock.advance(1000);
    // Bravo, who has seen nothing of Charlie, revokes it (cut at 0)...
    revoke(b, c);
    clock.advance(1000);
    // ...but Alpha, who has seen nothing of Bravo, revoked Bravo first (cut at 0): Bravo's revocation never takes effect.
    revoke(a, b);
    clock.advance(1000);
    writeNote(c, id, 'Charlie, still in');

    for (const to of [a, b, c]) for (const from of [a, b, c]) if (from !== to) to.ops.applyRemote(ownNews(from, to, id));
    const fresh = freshCopy(a, id, clock);
    for (const ws of [a, b, c]) expect(hashOf(ws, id)).toBe(hashOf(fresh, id));

    const reasons = new Map((refused(a, id) as { device_id: string; seq: number; kind: string; reason: string }[]).map((r) => [`${r.device_id}/${r.seq}`, r]));
    // Bravo's revocation (its seq 2) is past Bravo's own cut: refused, so Charlie is not revoked.
    expect(reasons.get(`${b.device.deviceId}/2`)).toMatchObject({ kind: 'revoked console', reason: REVOKED });
    // Charlie's note (seq 3) takes effect, and so must its earlier end of Jo's shift (seq 2): no revocation cuts Charlie.
    expect(reasons.has(`${c.device.deviceId}/3`)).toBe(false);
    expect(reasons.get(`${c.device.deviceId}/2`)).toBeUndefined();
    const ended = a.db.prepare('SELECT ended_at FROM assignments WHERE id = ?').get(assignment) as { ended_at: string | null };
    expect(ended.ended_at).not.toBeNull();
  });
});
