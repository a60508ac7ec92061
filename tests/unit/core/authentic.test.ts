import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Op } from '../../../shared/domain/op';
import { entityDefs } from '../../../electron/core/domains';
import { createIncident, getIncident, updateIncident } from '../../../electron/core/incident/service';
import { decodeHlc, encodeHlc } from '../../../electron/core/ops/hlc';
import { opHash } from '../../../electron/core/ops/op-log';
import { signHex } from '../../../electron/core/ops/signing';
import { stateHash } from '../../../electron/core/ops/state-hash';
import { readRoster } from '../../../electron/core/roster/read';
import { openWorkspace, type Workspace } from '../../../electron/core/store/workspace';
import { COMMANDER, TestClock, actAs, codeOf, opsOf, tempDir, tempWorkspace } from '../../fixtures/temp-store';

const open: { close: () => void }[] = [];
afterEach(() => {
  for (const ws of open.splice(0)) ws.close();
});
const consoleOn = (clock = new TestClock()) => {
  const ws = tempWorkspace(clock);
  open.push(ws);
  return ws;
};

/** The next op of `ws`'s own chain, signed by its device key, with whatever the test puts in it. */
function forgeNext(ws: Workspace, incidentId: string, change: Partial<Op>): Op {
  const last = opsOf(ws, incidentId)
    .filter((op) => op.deviceId === ws.device.deviceId)
    .at(-1);
  if (!last) throw new Error('no op to follow');
  const { wall, counter } = decodeHlc(last.hlc);
  const base = { ...last, seq: last.seq + 1, hlc: encodeHlc({ wall, counter: counter + 1 }), prev: last.hash, ...change };
  const hash = opHash(base);
  return { ...base, hash, sig: signHex(ws.device.privateKey, hash) };
}

describe('what makes an op authentic', () => {
  it('refuses a chain whose clock goes backwards: a device cannot stamp an op before one it already wrote', () => {
    const a = consoleOn();
    const b = consoleOn();
    const incident = createIncident(a, { name: 'Elm Street', kind: 'other', mode: 'real', commander: COMMANDER });
    const held = opsOf(a, incident.id);
    const first = held[0] as Op;
    const backwards = forgeNext(a, incident.id, { entity: 'incident', entityId: incident.id, action: 'set', fields: { securityRiskNote: 'rewritten past' }, hlc: first.hlc });
    expect(codeOf(() => b.ops.applyRemote([...held, backwards]))).toBe('forbidden');
    expect(b.ops.opCount(incident.id)).toBe(0);
  });

  it('refuses, through sync, an op of one incident that names a record of another, and leaves that incident as it was', () => {
    const a = consoleOn();
    const b = consoleOn();
    const one = createIncident(a, { name: 'Elm Street', kind: 'other', mode: 'real', commander: COMMANDER });
    const other = createIncident(b, { name: 'Mill Road', kind: 'other', mode: 'real', commander: COMMANDER });
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

  it('never stamps below what the store holds, across a restart: an edit after a peer running ahead still wins', () => {
    const wall = new TestClock();
    const ahead = consoleOn(new TestClock(wall.ms + 4 * 60_000));
    const incident = createIncident(ahead, { name: 'Elm Street', kind: 'other', mode: 'real', commander: COMMANDER });
    updateIncident(ahead, incident.id, { securityRiskNote: 'from the console four minutes ahead' });
    const { dir, cleanup } = tempDir();
    const key = randomBytes(32);
    const file = join(dir, 'concord.db');
    try {
      const first = openWorkspace(file, key, wall);
      first.ops.applyRemote(opsOf(ahead, incident.id));
      first.db.close();
      // Restarted a minute later by its own clock, still three minutes behind the peer's stamps.
      wall.advance(60_000);
      const again = openWorkspace(file, key, wall);
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
