import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Op } from '../../../shared/domain/op';
import { encodeHlc } from '../../../electron/core/kernel/ops/hlc';
import { contentHash, DEVICE_ENTITY, opHash } from '../../../electron/core/kernel/ops/op-log';
import { generateSigningKey, signHex, type SigningKey } from '../../../electron/core/kernel/ops/signing';
import { approve, createStatement, requestReview } from '../../../electron/core/domains/statement/service';
import { incidentIdFor, newIncidentNonce } from '../../../electron/core/domains/incident/incident-id';
import { TestClock, codeOf, judgedCode, opsOf, tempWorkspace } from '../../fixtures/temp-store';
import { actAs, openTeamIncident, type Team } from '../../fixtures/statement-team';

type Ws = ReturnType<typeof tempWorkspace>;
let mayorConsole: Ws;
let insider: Ws;
let team: Team;

beforeEach(async () => {
  mayorConsole = tempWorkspace(new TestClock());
  insider = tempWorkspace(new TestClock());
  team = await openTeamIncident(mayorConsole);
});
afterEach(() => {
  mayorConsole.close();
  insider.close();
});

interface Claim {
  author: string;
  entity: string;
  entityId: string;
  fields: Op['fields'];
  /** The key the forger signs with, or none. */
  signer: SigningKey | null;
  /** The key the op names, when it is not the signer's (a claim without a matching signature). */
  claimedKey?: string;
  /** When the forger stamps it: by default just after what the mayor's console holds. */
  wall?: number;
}

/**
 * What a console running other code can write: its own device chain (announce, then the claim), signed by its own
 * device key, naming whoever it likes as author. Everything the op log checks for authenticity holds.
 */
function forge(ws: Ws, incidentId: string, claim: Claim): Op[] {
  const device = ws.device;
  const hlc = (n: number) => encodeHlc({ wall: claim.wall ?? mayorConsole.clock.now() + 1000, counter: n });
  const announceBase = { incidentId, deviceId: device.deviceId, seq: 1, hlc: hlc(0), author: 'console:rogue', authorKey: '', entity: DEVICE_ENTITY, entityId: device.deviceId, action: 'add' as const, fields: { publicKey: device.publicKeyHex }, prev: '', authorSig: null };
  const announce: Op = { ...announceBase, hash: opHash(announceBase), sig: null };
  const content = {
    ...announceBase,
    seq: 2,
    hlc: hlc(1),
    author: claim.author,
    authorKey: claim.claimedKey ?? claim.signer?.publicKeyHex ?? '',
    entity: claim.entity,
    entityId: claim.entityId,
    fields: claim.fields,
    prev: announce.hash,
  };
  const base = { ...content, authorSig: claim.signer ? signHex(claim.signer.privateKey, contentHash(content)) : null };
  const hash = opHash(base);
  return [announce, { ...base, hash, sig: signHex(device.privateKey, hash) }];
}

const reasonOf = (ws: Ws, deviceId: string) => (ws.db.prepare('SELECT reason FROM refused_ops WHERE device_id = ?').get(deviceId) as { reason: string } | undefined)?.reason;

function reviewedStatement() {
  actAs(mayorConsole, team.incidentId, team.spokesperson);
  const s = createStatement(mayorConsole, { incidentId: team.incidentId, title: 'First statement', phase: 'first-official', language: 'en', text: 'Stay away from Mill Street.' });
  requestReview(mayorConsole, { statementId: s.id, note: '' });
  const revision = s.revisions[0];
  if (!revision) throw new Error('no revision');
  return { statementId: s.id, revision };
}

describe('who wrote an op is proven, not claimed', () => {
  it('an approval written on a joined laptop in the mayor’s name, unsigned or signed by the laptop’s own key, is refused and listed', () => {
    const { statementId, revision } = reviewedStatement();
    const fields = { statementId, revisionId: revision.id, hash: revision.hash, language: 'en', acknowledgedPerpetratorNames: false };
    for (const signer of [null, generateSigningKey()]) {
      const ws = tempWorkspace(new TestClock());
      try {
        ws.ops.applyRemote(opsOf(mayorConsole, team.incidentId));
        const ops = forge(ws, team.incidentId, { author: team.mayor, entity: 'statementApproval', entityId: randomUUID(), fields, signer });
        expect(judgedCode(mayorConsole, team.incidentId, () => mayorConsole.ops.applyRemote(ops))).toBe('forbidden');
        expect(reasonOf(mayorConsole, ws.device.deviceId)).toMatch(signer ? /Mayor Ana Ruiz’s name signed by a key that is not theirs/ : /Mayor Ana Ruiz’s name without their signature/);
      } finally {
        ws.close();
      }
    }
    expect(mayorConsole.db.prepare('SELECT count(*) AS n FROM statement_approvals').get()).toEqual({ n: 0 });
  });

  it('a publication in the spokesperson’s name by a laptop without their key is refused, even of an approved text', () => {
    const { statementId, revision } = reviewedStatement();
    actAs(mayorConsole, team.incidentId, team.mayor);
    approve(mayorConsole, { statementId, revisionIds: [revision.id], acknowledgePerpetratorNames: false });
    insider.ops.applyRemote(opsOf(mayorConsole, team.incidentId));
    const ops = forge(insider, team.incidentId, {
      author: team.spokesperson,
      entity: 'statementTransition',
      entityId: randomUUID(),
      fields: { statementId, kind: 'publish', channels: [], revisionIds: [revision.id], note: '' },
      signer: generateSigningKey(),
    });
    const code = judgedCode(mayorConsole, team.incidentId, () => mayorConsole.ops.applyRemote(ops));
    expect(reasonOf(mayorConsole, insider.device.deviceId)).toMatch(/Sam Okafor’s name/);
    expect(code).toBe('forbidden');
  });

  it('naming the mayor’s real key without the mayor’s signature is not authentic: nothing of it is kept', () => {
    const { statementId, revision } = reviewedStatement();
    const mayorKey = (mayorConsole.db.prepare('SELECT public_key FROM people WHERE id = ?').get(team.mayor) as { public_key: string }).public_key;
    const fields = { statementId, revisionId: revision.id, hash: revision.hash, language: 'en', acknowledgedPerpetratorNames: false };
    const ops = forge(insider, team.incidentId, { author: team.mayor, entity: 'statementApproval', entityId: randomUUID(), fields, signer: generateSigningKey(), claimedKey: mayorKey });
    const before = opsOf(mayorConsole, team.incidentId).length;
    expect(codeOf(() => mayorConsole.ops.applyRemote(ops))).toBe('forbidden');
    expect(opsOf(mayorConsole, team.incidentId)).toHaveLength(before);
  });

  it('an earlier “opening” of the incident under another key is refused: the incident’s id pins who opened it', () => {
    const forger = generateSigningKey();
    const nonce = newIncidentNonce();
    const opening = opsOf(mayorConsole, team.incidentId).find((op) => op.entity === 'incident' && op.action === 'add');
    if (!opening) throw new Error('no opening');
    const fields = { ...opening.fields, name: 'Taken over', creatorKey: forger.publicKeyHex, idNonce: nonce };
    // Stamped an hour before the real opening, so it would come first in the order.
    const wall = mayorConsole.clock.now() - 3_600_000;
    const ops = forge(insider, team.incidentId, { author: randomUUID(), entity: 'incident', entityId: team.incidentId, fields, signer: forger, wall });
    expect(incidentIdFor(forger.publicKeyHex, nonce)).not.toBe(team.incidentId);
    const code = judgedCode(mayorConsole, team.incidentId, () => mayorConsole.ops.applyRemote(ops));
    expect(reasonOf(mayorConsole, insider.device.deviceId)).toMatch(/does not match the incident’s id/);
    expect(code).toBe('forbidden');
    expect(mayorConsole.db.prepare('SELECT name FROM incidents WHERE id = ?').get(team.incidentId)).toEqual({ name: 'Attack at the Central Mosque' });
  });
});
