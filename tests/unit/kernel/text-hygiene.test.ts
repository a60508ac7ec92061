import { afterEach, describe, expect, it } from 'vitest';
import { findUnsafeText } from '../../../shared/rules/text-hygiene';
import { createIncident } from '../../../electron/core/domains/incident/service';
import { decodeHlc, encodeHlc } from '../../../electron/core/kernel/ops/hlc';
import { contentHash, opHash } from '../../../electron/core/kernel/ops/op-log';
import { signHex } from '../../../electron/core/kernel/ops/signing';
import type { Op } from '../../../shared/domain/op';
import { newId } from '../../../electron/core/kernel/ops/ids';
import { COMMANDER, TestClock, judgedCode, opsOf, tempConcord, tempWorkspace } from '../../fixtures/temp-store';

const unsafe = {
  'a NUL': 'Cordon\u0000 at Elm Street',
  'a carriage return': 'Cordon\r at Elm Street',
  'an escape': 'Cordon \u001b[31m at Elm Street',
  'a C1 control': 'Cordon \u0085 at Elm Street',
  'U+FFFF': 'Cordon \uffff at Elm Street',
  'a lone high surrogate': 'Cordon \ud83d at Elm Street',
  'a lone low surrogate': 'Cordon \ude00 at Elm Street',
  'a right-to-left override': 'Cordon \u202e teertS mlE ta',
  'a left-to-right embedding': 'Cordon \u202a at Elm Street',
  'a first-strong isolate': 'Cordon \u2068 at Elm Street',
};

const open: { close: () => void }[] = [];
afterEach(() => {
  for (const c of open.splice(0)) c.close();
});

describe('text hygiene', () => {
  it('keeps tabs, newlines, accents, right-to-left scripts and emoji', () => {
    expect(findUnsafeText({ a: 'Line one\n\tLine two', b: ['Café', 'مرحبا بكم', 'اردو', '🚒 on scene'] })).toBeNull();
  });

  for (const [what, text] of Object.entries(unsafe)) {
    it(`refuses ${what} in free text at the boundary, saying where, and stores nothing`, async () => {
      const t = await tempConcord();
      open.push(t);
      const incident = await t.call('incident:create', { name: 'Elm Street', kind: 'other', mode: 'exercise', commander: COMMANDER });
      const before = await t.call('incident:stateHash', { id: incident.id });
      for (const [method, input] of [
        ['log:note', { incidentId: incident.id, text }],
        ['incident:update', { id: incident.id, changes: { securityRiskNote: text } }],
        ['roster:addPerson', { incidentId: incident.id, name: text }],
      ] as const) {
        const answer = await t.concord.call(method, input);
        expect(answer.ok ? null : answer.error, method).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/control or direction-override characters \(U\+[0-9A-F]{4}/) as string });
      }
      expect(await t.call('incident:stateHash', { id: incident.id })).toEqual(before);
    });
  }

  it('refuses a peer’s op carrying such text: kept as authentic, refused, never applied', async () => {
    const clock = new TestClock();
    const a = tempWorkspace(clock);
    const b = tempWorkspace(clock);
    open.push(a, b);
    const incident = await createIncident(a, { name: 'Elm Street', kind: 'other', mode: 'exercise', commander: COMMANDER });
    const held = opsOf(a, incident.id);
    const last = held.at(-1) as Op;
    const { wall, counter } = decodeHlc(last.hlc);
    // Signed by the commander signed in on Alpha: authentic and theirs, refused for its text alone.
    const signer = a.session.operator;
    if (!signer) throw new Error('the commander is not signed in');
    const content = {
      ...last,
      seq: last.seq + 1,
      hlc: encodeHlc({ wall, counter: counter + 1 }),
      prev: last.hash,
      author: signer.personId,
      authorKey: signer.key.publicKeyHex,
      entity: 'logNote',
      entityId: newId(),
      action: 'add' as const,
      fields: { text: unsafe['a right-to-left override'] },
    };
    const base = { ...content, authorSig: signHex(signer.key.privateKey, contentHash(content)) };
    const hash = opHash(base);
    const forged: Op = { ...base, hash, sig: signHex(a.device.privateKey, hash) };
    expect(judgedCode(b, incident.id, () => b.ops.applyRemote([...held, forged]))).toBe('invalid_input');
    expect(b.db.prepare('SELECT count(*) AS n FROM log_notes').get()).toEqual({ n: 0 });
  });
});
