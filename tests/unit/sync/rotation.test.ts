import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SecretRotation } from '../../../electron/core/domains/sync/rotation';
import { SecretStore } from '../../../electron/core/domains/sync/secrets';
import { TestClock, actAs, opsOf } from '../../fixtures/temp-store';
import { openIncident, staff } from '../roster/helpers';
import { type Ws, workspacesPerTest } from '../../fixtures/workspaces';

const consoleOn = workspacesPerTest();

/** Alpha (the commander's console) and Bravo hold the incident at epoch 1, each with its secret store and rotation. */
async function twoConsoles() {
  const clock = new TestClock();
  const [a, b] = [consoleOn(clock), consoleOn(clock)];
  const { incidentId, commanderId } = await openIncident(a);
  b.ops.applyRemote(opsOf(a, incidentId));
  const side = (ws: Ws) => {
    const secrets = new SecretStore(ws.db, () => new Date(clock.now()).toISOString());
    return { secrets, rotation: new SecretRotation(ws.db, secrets) };
  };
  const [sa, sb] = [side(a), side(b)];
  const first = sa.secrets.ensure(incidentId);
  sb.secrets.put(first);
  return { a, b, sa, sb, incidentId, commanderId };
}

/** What `sync:revokeDevice` commits: the revocation, naming the next epoch and committing to its secret. */
function revoke(ws: Ws, incidentId: string, next: ReturnType<SecretRotation['next']>) {
  ws.ops.commit(incidentId, ws.author(), [
    { entity: 'deviceRevocation', entityId: randomUUID(), action: 'add', fields: { revokedDevice: randomUUID().replace(/-/g, ''), reason: 'lost', lastSeq: 0, ...next.fields } },
  ]);
}

const PEER = 'c'.repeat(32);

describe('secret rotation', () => {
  it('ignores a secret no revocation vouches for, at the next epoch or at 2^53 - 1', async () => {
    const { sb, incidentId } = await twoConsoles();
    expect(sb.rotation.offer(incidentId, PEER, 2, randomBytes(32))).toEqual([]);
    expect(sb.rotation.offer(incidentId, PEER, Number.MAX_SAFE_INTEGER, randomBytes(32))).toEqual([]);
    expect(sb.secrets.get(incidentId)?.epoch).toBe(1);
  });

  it('takes the next secret once the revocation that commits to it is held, not before, and only that one', async () => {
    const { a, b, sa, sb, incidentId } = await twoConsoles();
    const next = sa.rotation.next(incidentId);
    revoke(a, incidentId, next);
    // The secret arrives before the op: it waits.
    expect(sb.rotation.offer(incidentId, PEER, 2, next.secret.secret)).toEqual([]);
    expect(sb.rotation.offer(incidentId, 'd'.repeat(32), 2, randomBytes(32))).toEqual([]);
    b.ops.applyRemote(opsOf(a, incidentId));
    expect(sb.rotation.recheck(incidentId)).toEqual([next.secret]);
    expect(sb.secrets.get(incidentId)).toEqual(next.secret);
    // A secret of another epoch than the next one, even vouched for, does not skip one.
    expect(sb.rotation.offer(incidentId, PEER, 2, randomBytes(32))).toEqual([]);
    expect(sb.secrets.get(incidentId)?.epoch).toBe(2);
  });

  it('moves one epoch at a time: a secret two ahead waits for the one before it', async () => {
    const { a, b, sa, sb, incidentId } = await twoConsoles();
    const second = sa.rotation.next(incidentId);
    revoke(a, incidentId, second);
    sa.secrets.put(second.secret);
    const third = sa.rotation.next(incidentId);
    revoke(a, incidentId, third);
    b.ops.applyRemote(opsOf(a, incidentId));
    expect(sb.rotation.offer(incidentId, PEER, 3, third.secret.secret)).toEqual([]);
    expect(sb.rotation.offer(incidentId, PEER, 2, second.secret.secret)).toEqual([second.secret, third.secret]);
    expect(sb.secrets.get(incidentId)?.epoch).toBe(3);
  });

  it('a revocation the judge refuses vouches for nothing', async () => {
    const { a, b, sa, sb, incidentId } = await twoConsoles();
    const observer = await staff(a, incidentId, 'observer', 'Olu Bakare');
    b.ops.applyRemote(opsOf(a, incidentId));
    // Bravo runs without rules and lets an observer revoke and rotate: Alpha holds the op, and refuses it.
    b.ops.judge.rulesOff = true;
    actAs(b, incidentId, observer);
    const next = sb.rotation.next(incidentId);
    revoke(b, incidentId, next);
    a.ops.applyRemote(opsOf(b, incidentId));
    expect((a.db.prepare('SELECT count(*) AS n FROM refused_ops WHERE incident_id = ?').get(incidentId) as { n: number }).n).toBe(1);
    expect(sa.rotation.offer(incidentId, PEER, 2, next.secret.secret)).toEqual([]);
    expect(sa.rotation.recheck(incidentId)).toEqual([]);
    expect(sa.secrets.get(incidentId)?.epoch).toBe(1);
  });
});
