import { randomUUID } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeBatch, encodeBatch } from '../../../electron/core/domains/sync/transport/batch-codec';
import { guardlessConsoles, openBareIncident, type BareConsole } from '../../fixtures/guardless-consoles';
import { generateSigningKey } from '../../../electron/core/kernel/ops/signing';
import { TestClock, codeOf, opsOf } from '../../fixtures/temp-store';

const bareConsole = guardlessConsoles();

/** The batch as it travels (batch-codec.ts): per op, [device, wall delta, counter, author, author key, entity, action, entity id, fields, author's signature]. */
interface Wire {
  d: [string, number, string, string][];
  t: string[];
  o: [number, number, number, number, number, number, number, number, Record<string, unknown>, string | null][];
}

/** What a peer in the middle would do: open the batch, change it, and pass it on. */
function tampered(body: Buffer, change: (wire: Wire) => void): Buffer {
  const wire = JSON.parse(inflateRawSync(body).toString('utf8')) as Wire;
  change(wire);
  return deflateRawSync(JSON.stringify(wire));
}

/** Two notes sent in one batch, written with nobody signed in, or (`signed`) signed by a person's key. */
function sentBatch(signed = false): { sender: BareConsole; receiver: BareConsole; incidentId: string; body: Buffer } {
  const clock = new TestClock();
  const sender = bareConsole(clock);
  const receiver = bareConsole(clock);
  const incidentId = openBareIncident(sender, 'Codec');
  sender.ops.commit(incidentId, signed ? { id: 'alice', key: generateSigningKey() } : sender.author(), [
    { entity: 'logNote', entityId: randomUUID(), action: 'add', fields: { text: 'Cordon at Elm Street holds' } },
    { entity: 'logNote', entityId: randomUUID(), action: 'add', fields: { text: 'Second device ruled out' } },
  ]);
  return { sender, receiver, incidentId, body: encodeBatch(opsOf(sender, incidentId)) };
}

const notesOf = (ws: BareConsole, incidentId: string) =>
  ws.db.prepare('SELECT text FROM log_notes WHERE incident_id = ? ORDER BY text').pluck().all(incidentId);

describe('ops on the wire', () => {
  it('arrive as the sender wrote them, hashes and all', () => {
    for (const signed of [false, true]) {
      const { sender, receiver, incidentId, body } = sentBatch(signed);
      const decoded = decodeBatch(incidentId, body);
      expect(decoded).toEqual(opsOf(sender, incidentId).map((op, i, all) => (i === all.length - 1 ? op : { ...op, sig: null })));
      expect(decoded.at(-1)?.authorSig ?? null).toEqual(signed ? expect.stringMatching(/^[0-9a-f]{128}$/) : null);
      expect(receiver.ops.applyRemote(decoded, { hashesRebuilt: true })).toBe(decoded.length);
      expect(notesOf(receiver, incidentId)).toEqual(['Cordon at Elm Street holds', 'Second device ruled out']);
    }
  });

  it('are refused whole when a relay changes a field, and the receiver holds nothing of them', () => {
    const { receiver, incidentId, body } = sentBatch();
    const forged = tampered(body, (wire) => {
      const row = wire.o.find((r) => r[8].text === 'Second device ruled out');
      if (!row) throw new Error('no such note on the wire');
      row[8].text = 'Second device confirmed';
    });
    expect(codeOf(() => receiver.ops.applyRemote(decodeBatch(incidentId, forged), { hashesRebuilt: true }))).toBe('forbidden');
    expect(notesOf(receiver, incidentId)).toEqual([]);
  });

  it('are refused whole when a relay strips the author’s signature or swaps their key', () => {
    const strip = (wire: Wire) => {
      const last = wire.o.at(-1);
      if (!last?.[9]) throw new Error('no author signature on the wire');
      last[9] = null;
    };
    const swap = (wire: Wire) => {
      const last = wire.o.at(-1);
      if (!last) throw new Error('no op on the wire');
      last[4] = wire.t.push(generateSigningKey().publicKeyHex) - 1;
    };
    for (const change of [strip, swap]) {
      const { receiver, incidentId, body } = sentBatch(true);
      expect(codeOf(() => receiver.ops.applyRemote(decodeBatch(incidentId, tampered(body, change)), { hashesRebuilt: true }))).toBe('forbidden');
      expect(notesOf(receiver, incidentId)).toEqual([]);
    }
  });

  it('are refused when a relay moves the start of a chain', () => {
    const { receiver, incidentId, body } = sentBatch();
    const forged = tampered(body, (wire) => {
      const device = wire.d[0];
      if (device) device[2] = 'a'.repeat(64);
    });
    expect(codeOf(() => receiver.ops.applyRemote(decodeBatch(incidentId, forged), { hashesRebuilt: true }))).toBe('forbidden');
    expect(notesOf(receiver, incidentId)).toEqual([]);
  });
});
