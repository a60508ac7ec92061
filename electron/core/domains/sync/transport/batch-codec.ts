import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { z } from 'zod';
import { opActions, type JsonValue, type Op } from '../../../../../shared/domain/op';
import { decodeHlc, encodeHlc } from '../../../kernel/ops/hlc';
import { opHash } from '../../../kernel/ops/op-log';
import { MESSAGE_MAX } from './framing';

/**
 * A batch of ops on the wire, before compression:
 *   d: one row per device stream in the batch: [device id, first seq, prev hash of the first op, signature of the last op]
 *   t: a string table (authors, entities, entity ids), so repeated strings travel once
 *   o: one row per op, in HLC order: [device row, HLC wall delta from the previous op, HLC counter, author, author key
 *      (-1 for none), entity, action, entity id, fields, the author's signature or null]
 * Seq numbers, `prev` and `hash` are implied by the chain and recomputed by the receiver, so the signature of each
 * device's last op still covers every op of the batch through the hash chain. The JSON is deflated (raw).
 */
type OpRow = [number, number, number, number, number, number, number, number, Record<string, JsonValue>, string | null];
interface WireBatch {
  d: [string, number, string, string][];
  t: string[];
  o: OpRow[];
}

const fieldsSchema = z.custom<Record<string, JsonValue>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), 'fields must be an object');
const hex = (n: number) => z.string().regex(new RegExp(`^[0-9a-f]{${n}}$`));
const index = z.number().int().nonnegative();
const wireBatchSchema = z.object({
  d: z.array(z.tuple([hex(32), z.number().int().positive(), z.string().regex(/^([0-9a-f]{64})?$/), hex(128)])).min(1),
  // Authors, author keys, entity names and entity ids are all at most 64 characters in an op.
  t: z.array(z.string().min(1).max(64)),
  // Fields came out of JSON.parse, so they hold only JSON values: checking that again, value by value, cost more
  // than applying the ops. Each entity's schema checks them as they are applied.
  o: z.array(z.tuple([index, index, z.number().int().min(0).max(999_999), index, z.number().int().min(-1), index, index, index, fieldsSchema, hex(128).nullable()])).min(1),
});

/** The ops must be in HLC order and end, for each device, at a signed op (what `nextBatch` cuts). */
export function encodeBatch(ops: readonly Op[]): Buffer {
  const devices = new Map<string, number>();
  const strings = new Map<string, number>();
  const wire: WireBatch = { d: [], t: [], o: [] };
  const str = (s: string) => {
    let i = strings.get(s);
    if (i === undefined) {
      i = wire.t.push(s) - 1;
      strings.set(s, i);
    }
    return i;
  };
  let lastWall = 0;
  for (const op of ops) {
    let d = devices.get(op.deviceId);
    if (d === undefined) {
      d = wire.d.push([op.deviceId, op.seq, op.prev, '']) - 1;
      devices.set(op.deviceId, d);
    }
    const row = wire.d[d];
    if (row && op.sig) row[3] = op.sig;
    const { wall, counter } = decodeHlc(op.hlc);
    const authorKey = op.authorKey === '' ? -1 : str(op.authorKey);
    wire.o.push([d, wall - lastWall, counter, str(op.author), authorKey, str(op.entity), opActions.indexOf(op.action), str(op.entityId), op.fields, op.authorSig]);
    lastWall = wall;
  }
  return deflateRawSync(JSON.stringify(wire));
}

/** A batch longer than this once inflated is refused: no honest sender cuts one. */
const MAX_INFLATED = MESSAGE_MAX;

/** Inflates at most `MAX_INFLATED` bytes, so a few kilobytes that inflate to gigabytes are refused, not held. */
function inflate(body: Buffer): Buffer {
  try {
    return inflateRawSync(body, { maxOutputLength: MAX_INFLATED });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new Error(`batch inflates past the limit of ${MAX_INFLATED} bytes`, { cause: error });
    throw error;
  }
}

/** Rebuilds full ops (seq, prev and hash recomputed) for `applyRemote`, which checks the chain and the signatures. */
export function decodeBatch(incidentId: string, body: Buffer): Op[] {
  const wire = wireBatchSchema.parse(JSON.parse(inflate(body).toString('utf8')));
  const at = <T>(list: readonly T[], i: number): T => {
    const v = list[i];
    if (v === undefined) throw new Error('batch refers to an entry it does not hold');
    return v;
  };
  const next = wire.d.map(([, seq, prev]) => ({ seq, prev }));
  const lastOf = new Map<number, Op>();
  let wall = 0;
  const ops = wire.o.map(([d, delta, counter, author, authorKey, entity, action, entityId, fields, authorSig]) => {
    const [deviceId] = at(wire.d, d);
    const chain = at(next, d);
    wall += delta;
    const base = {
      incidentId,
      deviceId,
      seq: chain.seq,
      hlc: encodeHlc({ wall, counter }),
      author: at(wire.t, author),
      authorKey: authorKey < 0 ? '' : at(wire.t, authorKey),
      entity: at(wire.t, entity),
      entityId: at(wire.t, entityId),
      action: at(opActions, action),
      fields,
      prev: chain.prev,
      authorSig,
    };
    const op: Op = { ...base, hash: opHash(base), sig: null };
    chain.seq += 1;
    chain.prev = op.hash;
    lastOf.set(d, op);
    return op;
  });
  for (const [d, op] of lastOf) op.sig = at(wire.d, d)[3];
  return ops;
}
