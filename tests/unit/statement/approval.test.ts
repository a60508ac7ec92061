import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { updateIncident } from '../../../electron/core/domains/incident/service';
import { approve, createStatement, publish, requestReview, revise } from '../../../electron/core/domains/statement/service';
import type { Op } from '../../../shared/domain/op';
import type { EntityFields } from '../../../electron/core/kernel/ops/entities';
import { encodeHlc } from '../../../electron/core/kernel/ops/hlc';
import { contentHash, DEVICE_ENTITY, opHash } from '../../../electron/core/kernel/ops/op-log';
import { signHex, type SigningKey } from '../../../electron/core/kernel/ops/signing';
import { TestClock, judgedCode, opsOf, tempWorkspace } from '../../fixtures/temp-store';
import { actAs, openTeamIncident, type Team } from '../../fixtures/statement-team';

type Ws = ReturnType<typeof tempWorkspace>;
let ws: Ws;
let team: Team;

beforeEach(async () => {
  ws = tempWorkspace(new TestClock());
  team = await openTeamIncident(ws);
  actAs(ws, team.incidentId, team.spokesperson);
});
afterEach(() => ws.close());

const draft = (text = 'Stay away from Mill Street. We stand together as one city.') =>
  createStatement(ws, { incidentId: team.incidentId, title: 'First statement', phase: 'first-official', language: 'en', text });

const current = (s: ReturnType<typeof draft>, language = 'en') => s.variants.find((v) => v.language === language)?.currentRevisionId ?? '';

describe('two-person approval', () => {
  it('the author of a revision cannot approve it, through the service or a hand-made op', () => {
    actAs(ws, team.incidentId, team.mayor);
    const s = draft();
    expect(() => approve(ws, { statementId: s.id, revisionIds: [current(s)], acknowledgePerpetratorNames: false })).toThrow(/two-person rule/);
    const revision = s.revisions[0];
    if (!revision) throw new Error('no revision');
    const forged = { statementId: s.id, revisionId: revision.id, hash: revision.hash, language: 'en', acknowledgedPerpetratorNames: false };
    expect(() => ws.ops.commit(team.incidentId, ws.author(), [{ entity: 'statementApproval', entityId: randomUUID(), action: 'add', fields: forged }])).toThrow(
      /two-person rule/,
    );
  });

  it('an observer and a spokesperson cannot approve; the mayor can', () => {
    const s = draft();
    requestReview(ws, { statementId: s.id, note: '' });
    for (const who of [team.observer, team.spokesperson]) {
      actAs(ws, team.incidentId, who);
      expect(() => approve(ws, { statementId: s.id, revisionIds: [current(s)], acknowledgePerpetratorNames: false })).toThrow();
    }
    actAs(ws, team.incidentId, team.mayor);
    const approved = approve(ws, { statementId: s.id, revisionIds: [current(s)], acknowledgePerpetratorNames: false });
    expect(approved.status).toBe('approved');
    expect(approved.approvals[0]?.approver).toBe('Mayor Ana Ruiz');
  });

  it('an approval does not cover a later revision: publishing waits for a new approval', () => {
    const s = draft();
    actAs(ws, team.incidentId, team.mayor);
    approve(ws, { statementId: s.id, revisionIds: [current(s)], acknowledgePerpetratorNames: false });
    actAs(ws, team.incidentId, team.spokesperson);
    const edited = revise(ws, { statementId: s.id, language: 'en', text: 'Stay away from Mill Street. We stand together.' });
    expect(edited.changedSinceApproval).toBe(true);
    expect(edited.status).toBe('approved');
    expect(() => publish(ws, { statementId: s.id, channels: ['community-network'] })).toThrow(/changed since approval/);
    // A publication naming the new revision by hand is refused by the op-log check, not only by the service.
    const publishOp: EntityFields['statementTransition'] = { statementId: s.id, kind: 'publish', channels: ['press'], revisionIds: [current(edited)], note: '' };
    expect(() => ws.ops.commit(team.incidentId, ws.author(), [{ entity: 'statementTransition', entityId: randomUUID(), action: 'add', fields: publishOp }])).toThrow(
      /no approval/,
    );
    // And naming the old, approved revision is refused on this console too: it is no longer the current text.
    const stale = { ...publishOp, revisionIds: [current(s)] };
    expect(() => ws.ops.commit(team.incidentId, ws.author(), [{ entity: 'statementTransition', entityId: randomUUID(), action: 'add', fields: stale }])).toThrow(
      /changed since approval/,
    );
    actAs(ws, team.incidentId, team.mayor);
    approve(ws, { statementId: s.id, revisionIds: [current(edited)], acknowledgePerpetratorNames: false });
    actAs(ws, team.incidentId, team.spokesperson);
    const out = publish(ws, { statementId: s.id, channels: ['community-network', 'press'] });
    expect(out.status).toBe('published');
    expect(out.transitions[0]?.revisionIds).toEqual([current(edited)]);
  });

  it('publishing needs every published language approved', () => {
    const s = draft();
    revise(ws, { statementId: s.id, language: 'es', text: 'Aléjese de la calle Mill. Juntos somos una ciudad.' });
    actAs(ws, team.incidentId, team.mayor);
    approve(ws, { statementId: s.id, revisionIds: [current(s)], acknowledgePerpetratorNames: false });
    actAs(ws, team.incidentId, team.spokesperson);
    expect(() => publish(ws, { statementId: s.id, channels: ['website'] })).toThrow(/es text is not approved/);
    expect(publish(ws, { statementId: s.id, channels: ['website'], languages: ['en'] }).status).toBe('published');
  });

  it('a withheld name needs the approver’s explicit acknowledgement', () => {
    actAs(ws, team.incidentId, team.mayor);
    updateIncident(ws, team.incidentId, { withheldNames: ['John Smith'] });
    actAs(ws, team.incidentId, team.spokesperson);
    const s = draft('JOHN SMITH’s attack will not divide us. Stay away from Mill Street.');
    actAs(ws, team.incidentId, team.mayor);
    expect(() => approve(ws, { statementId: s.id, revisionIds: [current(s)], acknowledgePerpetratorNames: false })).toThrow(/acknowledge/);
    const approved = approve(ws, { statementId: s.id, revisionIds: [current(s)], acknowledgePerpetratorNames: true });
    expect(approved.approvals[0]?.acknowledgedPerpetratorNames).toBe(true);
  });

  it('only a commander records names to withhold', () => {
    expect(() => updateIncident(ws, team.incidentId, { withheldNames: ['John Smith'] })).toThrow(/commander/);
  });
});

describe('approval across consoles', () => {
  it('a stale approval arriving by sync cannot publish a newer revision', () => {
    const other: Ws = tempWorkspace(new TestClock());
    try {
      const s = draft();
      other.ops.applyRemote(opsOf(ws, team.incidentId));
      // On the other console the spokesperson edits the text; meanwhile the mayor approves the old one here.
      actAs(other, team.incidentId, team.spokesperson);
      const edited = revise(other, { statementId: s.id, language: 'en', text: 'Stay away from Mill Street. We are one city.' });
      actAs(ws, team.incidentId, team.mayor);
      approve(ws, { statementId: s.id, revisionIds: [current(s)], acknowledgePerpetratorNames: false });
      other.ops.applyRemote(opsOf(ws, team.incidentId));
      expect(() => publish(other, { statementId: s.id, channels: ['press'] })).toThrow(/changed since approval/);
      const forged: EntityFields['statementTransition'] = { statementId: s.id, kind: 'publish', channels: ['press'], revisionIds: [current(edited)], note: '' };
      expect(() => other.ops.commit(team.incidentId, other.author(), [{ entity: 'statementTransition', entityId: randomUUID(), action: 'add', fields: forged }])).toThrow(
        /no approval/,
      );
      // The refused publication left nothing behind: both consoles still agree the statement is approved, unpublished.
      ws.ops.applyRemote(opsOf(other, team.incidentId));
      actAs(ws, team.incidentId, team.spokesperson);
      expect(() => publish(ws, { statementId: s.id, channels: ['press'] })).toThrow(/changed since approval/);
    } finally {
      other.close();
    }
  });

  /**
   * What a console running other code signs when told to: its device announces its key, then an approval of the
   * statement's first revision in `author`'s name, signed by `signer` (whoever is signed in there) or by nobody.
   * Both ops are well formed and signed by the device, so they are authentic.
   */
  const rogueApproval = (rogue: Ws, statementId: string, revision: { id: string; hash: string }, author: string, signer: SigningKey | null): Op[] => {
    const device = rogue.device;
    const hlc = (n: number) => encodeHlc({ wall: ws.clock.now() + 1000, counter: n });
    const announce = {
      incidentId: team.incidentId,
      deviceId: device.deviceId,
      seq: 1,
      hlc: hlc(0),
      author,
      authorKey: '',
      entity: DEVICE_ENTITY,
      entityId: device.deviceId,
      action: 'add' as const,
      fields: { publicKey: device.publicKeyHex },
      prev: '',
      authorSig: null,
    };
    const first: Op = { ...announce, hash: opHash(announce), sig: null };
    const fields = { statementId, revisionId: revision.id, hash: revision.hash, language: 'en', acknowledgedPerpetratorNames: false };
    const content = { ...announce, seq: 2, hlc: hlc(1), authorKey: signer?.publicKeyHex ?? '', entity: 'statementApproval', entityId: randomUUID(), fields, prev: first.hash };
    const approval = { ...content, authorSig: signer ? signHex(signer.privateKey, contentHash(content)) : null };
    const hash = opHash(approval);
    return [first, { ...approval, hash, sig: signHex(device.privateKey, hash) }];
  };

  it('an approval signed by another console for someone without an approving role is refused where it arrives', () => {
    const s = draft();
    requestReview(ws, { statementId: s.id, note: '' });
    const revision = s.revisions[0];
    if (!revision) throw new Error('no revision');
    // The observer is signed in on a console running other code, which signs as them whatever it is told: an approval
    // in the observer's name, signed by the device and by the observer. Only the permission is missing.
    const rogue = tempWorkspace(new TestClock());
    try {
      actAs(rogue, team.incidentId, team.observer);
      const ops = rogueApproval(rogue, s.id, revision, team.observer, rogue.session.operator?.key ?? null);
      const before = opsOf(ws, team.incidentId).length;
      // Authentic, so kept and relayed; refused by the judge, so listed with its reason and never applied.
      expect(judgedCode(ws, team.incidentId, () => ws.ops.applyRemote(ops))).toBe('forbidden');
      expect(ws.db.prepare('SELECT reason FROM refused_ops WHERE device_id = ?').get(rogue.device.deviceId)).toEqual({ reason: expect.stringMatching(/holds no role that may approve statements/) as string });
      expect(opsOf(ws, team.incidentId)).toHaveLength(before + 2);
      expect(ws.db.prepare('SELECT count(*) AS n FROM statement_approvals').get()).toEqual({ n: 0 });
    } finally {
      rogue.close();
    }
  });

  it('an approval another console writes in the mayor’s name, without the mayor’s key, is refused where it arrives', () => {
    const s = draft();
    requestReview(ws, { statementId: s.id, note: '' });
    const revision = s.revisions[0];
    if (!revision) throw new Error('no revision');
    // The mayor may approve, but is not signed in there: the console signs with nobody's key, or with the observer's.
    for (const [signer, why] of [
      [null, /without their signature/],
      ['observer', /signed by a key that is not theirs/],
    ] as const) {
      const rogue = tempWorkspace(new TestClock());
      try {
        actAs(rogue, team.incidentId, team.observer);
        const ops = rogueApproval(rogue, s.id, revision, team.mayor, signer ? (rogue.session.operator?.key ?? null) : null);
        const before = opsOf(ws, team.incidentId).length;
        expect(judgedCode(ws, team.incidentId, () => ws.ops.applyRemote(ops))).toBe('forbidden');
        expect(ws.db.prepare('SELECT reason FROM refused_ops WHERE device_id = ?').get(rogue.device.deviceId)).toEqual({ reason: expect.stringMatching(why) as string });
        expect(opsOf(ws, team.incidentId)).toHaveLength(before + 2);
        expect(ws.db.prepare('SELECT count(*) AS n FROM statement_approvals').get()).toEqual({ n: 0 });
      } finally {
        rogue.close();
      }
    }
  });
});
