import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Op } from '../../../shared/domain/op';
import { entityDefs } from '../../../electron/core/app/domains';
import { createIncident, updateIncident } from '../../../electron/core/domains/incident/service';
import { getIncident } from '../../../electron/core/domains/incident/read';
import { decodeHlc, encodeHlc } from '../../../electron/core/kernel/ops/hlc';
import { contentHash, opHash } from '../../../electron/core/kernel/ops/op-log';
import { generateSigningKey, signHex, type SigningKey } from '../../../electron/core/kernel/ops/signing';
import { stateHash } from '../../../electron/core/kernel/ops/state-hash';
import { readRoster } from '../../../electron/core/domains/roster/read';
import { openWorkspace, type Workspace } from '../../../electron/core/kernel/store/workspace';
import { schema } from '../../../electron/core/app/domains';
import { COMMANDER, TestClock, actAs, codeOf, judgedCode, opsOf, rememberSigner, tempDir } from '../../fixtures/temp-store';
import { workspacesPerTest } from '../../fixtures/workspaces';

const consoleOn = workspacesPerTest();

/**
 * The next op of `ws`'s own chain, signed by its device key, in the name of the person signed in there and signed by
 * `signer` (by default that person's key, so it is refused for what the test puts in it; null: by nobody), with
 * whatever the test puts in it.
 */
function forgeNext(ws: Workspace, incidentId: string, change: Partial<Op>, signer: SigningKey | null = ws.session.operator?.key ?? null): Op {
  const last = opsOf(ws, incidentId)
    .filter((op) => op.deviceId === ws.device.deviceId)
    .at(-1);
  if (!last) throw new Error('no op to follow');
  const operator = ws.session.operator;
  if (!operator) throw new Error('no one signed in to name as the forged op’s author');
  const { wall, counter } = decodeHlc(last.hlc);
  const content = { ...last, seq: last.seq + 1, hlc: encodeHlc({ wall, counter: counter + 1 }), prev: last.hash, author: operator.personId, authorKey: signer?.publicKeyHex ?? '', ...change };
  const base = { ...content, authorSig: signer ? signHex(signer.privateKey, contentHash(content)) : null };
  const hash = opHash(base);
  return { ...base, hash, sig: signHex(ws.device.privateKey, hash) };
}

const reasonOf = (ws: Workspace, incidentId: string, op: Op): string | undefined =>
  (ws.db.prepare('SELECT reason FROM refused_ops WHERE incident_id = ? AND device_id = ? AND seq = ?').get(incidentId, op.deviceId, op.seq) as { reason: string } | undefined)?.reason;

describe('what makes an op authentic', () => {
  it('refuses a chain whose clock goes backwards: a device cannot stamp an op before one it already wrote', async () => {
    const a = consoleOn();
    const b = consoleOn();
    const incident = await createIncident(a, { name: 'Elm Street', kind: 'other', mode: 'real', commander: COMMANDER });
    const held = opsOf(a, incident.id);
    const first = held[0] as Op;
    const backwards = forgeNext(a, incident.id, { entity: 'incident', entityId: incident.id, action: 'set', fields: { securityRiskNote: 'rewritten past' }, hlc: first.hlc });
    expect(codeOf(() => b.ops.applyRemote([...held, backwards]))).toBe('forbidden');
    expect(b.ops.opCount(incident.id)).toBe(0);
  });

  it('refuses, through sync, an op of one incident that names a record of another, and leaves that incident as it was', async () => {
    const a = consoleOn();
    const b = consoleOn();
    const one = await createIncident(a, { name: 'Elm Street', kind: 'other', mode: 'real', commander: COMMANDER });
    const other = await createIncident(b, { name: 'Mill Road', kind: 'other', mode: 'real', commander: COMMANDER });
    b.ops.applyRemote(opsOf(a, one.id));
    const otherRole = readRoster(b, other.id).roles[0];
    if (!otherRole) throw new Error('no role');
    const before = stateHash(b.db, other.id, entityDefs);
    // Signed by Alpha in Elm Street's chain, but naming Mill Road's role: rename it, or take it over.
    const forged = forgeNext(a, one.id, { entity: 'role', entityId: otherRole.id, action: 'set', fields: { name: 'Taken over' } });
    expect(codeOf(() => b.ops.applyRemote([forged]))).toBe('forbidden');
    expect(stateHash(b.db, other.id, entityDefs)).toBe(before);
    expect(readRoster(b, other.id).roles[0]?.name).toBe(otherRole.name);
  });

  it('keeps an edit a console wrote in a person’s name without their signature, and refuses it: a console cannot act as someone', async () => {
    const a = consoleOn();
    const b = consoleOn();
    const incident = await createIncident(a, { name: 'Elm Street', kind: 'other', mode: 'real', commander: COMMANDER });
    const held = opsOf(a, incident.id);
    // Alpha's device signs it, in the commander's name, but the commander did not.
    const unsigned = forgeNext(a, incident.id, { entity: 'incident', entityId: incident.id, action: 'set', fields: { securityRiskLevel: 'critical' } }, null);
    expect(judgedCode(b, incident.id, () => b.ops.applyRemote([...held, unsigned]))).toBe('forbidden');
    expect(b.ops.opCount(incident.id)).toBe(held.length + 1);
    expect(reasonOf(b, incident.id, unsigned)).toMatch(/without their signature/);
    expect(getIncident(b, incident.id).securityRiskLevel).not.toBe('critical');
  });

  it('keeps an edit in a person’s name signed by a key that is not theirs, and refuses it', async () => {
    const a = consoleOn();
    const b = consoleOn();
    const incident = await createIncident(a, { name: 'Elm Street', kind: 'other', mode: 'real', commander: COMMANDER });
    const held = opsOf(a, incident.id);
    const forged = forgeNext(a, incident.id, { entity: 'incident', entityId: incident.id, action: 'set', fields: { securityRiskLevel: 'critical' } }, generateSigningKey());
    expect(judgedCode(b, incident.id, () => b.ops.applyRemote([...held, forged]))).toBe('forbidden');
    expect(reasonOf(b, incident.id, forged)).toMatch(/signed by a key that is not theirs/);
    expect(getIncident(b, incident.id).securityRiskLevel).not.toBe('critical');
  });

  it('refuses outright an op that names a person’s key but carries a signature that key did not make, or whose signature a relay stripped', async () => {
    const a = consoleOn();
    const b = consoleOn();
    const incident = await createIncident(a, { name: 'Elm Street', kind: 'other', mode: 'real', commander: COMMANDER });
    const held = opsOf(a, incident.id);
    const commanderKey = a.session.operator?.key.publicKeyHex ?? '';
    const change: Partial<Op> = { entity: 'incident', entityId: incident.id, action: 'set', fields: { securityRiskLevel: 'critical' } };
    const borrowed = forgeNext(a, incident.id, { ...change, authorKey: commanderKey }, generateSigningKey());
    expect(codeOf(() => b.ops.applyRemote([...held, borrowed]))).toBe('forbidden');
    expect(b.ops.opCount(incident.id)).toBe(0);
    // The opening's last op carries the commander's signature: without it, the chain no longer matches.
    const stripped = held.map((op) => (op.authorSig ? { ...op, authorSig: null } : op));
    expect(codeOf(() => b.ops.applyRemote(stripped))).toBe('forbidden');
    expect(b.ops.opCount(incident.id)).toBe(0);
    // Stripped and re-hashed by the device that wrote it: the commit ends without its author's signature.
    const last = held.at(-1) as Op;
    const rehashed = { ...last, authorSig: null, hash: opHash({ ...last, authorSig: null }) };
    const resigned = { ...rehashed, sig: signHex(a.device.privateKey, rehashed.hash) };
    expect(codeOf(() => b.ops.applyRemote([...held.slice(0, -1), resigned]))).toBe('forbidden');
    expect(b.ops.opCount(incident.id)).toBe(0);
  });

  it('never stamps below what the store holds, across a restart: an edit after a peer running ahead still wins', async () => {
    const wall = new TestClock();
    const ahead = consoleOn(new TestClock(wall.ms + 4 * 60_000));
    const incident = await createIncident(ahead, { name: 'Elm Street', kind: 'other', mode: 'real', commander: COMMANDER });
    rememberSigner(ahead);
    updateIncident(ahead, incident.id, { securityRiskNote: 'from the console four minutes ahead' });
    const { dir, cleanup } = tempDir();
    const key = randomBytes(32);
    const file = join(dir, 'concord.db');
    try {
      const first = openWorkspace(file, key, wall, schema);
      first.ops.applyRemote(opsOf(ahead, incident.id));
      first.db.close();
      // Restarted a minute later by its own clock, still three minutes behind the peer's stamps.
      wall.advance(60_000);
      const again = openWorkspace(file, key, wall, schema);
      try {
        actAs(again, incident.id, ahead.session.operator?.personId ?? '');
        updateIncident(again, incident.id, { securityRiskNote: 'the later edit, after the restart' });
        expect(getIncident(again, incident.id).securityRiskNote).toBe('the later edit, after the restart');
        ahead.ops.applyRemote(opsOf(again, incident.id));
        expect(getIncident(ahead, incident.id).securityRiskNote).toBe('the later edit, after the restart');
      } finally {
        again.db.close();
      }
    } finally {
      cleanup();
    }
  });
});
