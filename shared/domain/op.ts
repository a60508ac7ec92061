import { z } from 'zod';
import { idSchema } from './ids';

/**
 * Hybrid logical clock, encoded so that plain string comparison orders it:
 * 15-digit wall-clock milliseconds, a dot, 6-digit logical counter.
 */
export const hlcSchema = z.string().regex(/^\d{15}\.\d{6}$/);

export const jsonValueSchema: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(jsonValueSchema), z.record(z.string(), jsonValueSchema)]),
);
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export const opActions = ['set', 'delete', 'add'] as const;

/**
 * One change, as stored and as replicated. Identity is (incidentId, deviceId, seq); each device keeps one
 * hash chain per incident (`prev` → `hash`), and a signature over the chain head closes every batch it commits,
 * so a relayed op verifies by its device's key without one signature per op. The person named as `author` signs
 * each commit too (`authorSig`): the device proves where an op was written, the person who wrote it.
 */
export const opSchema = z.object({
  incidentId: idSchema,
  deviceId: z.string().regex(/^[0-9a-f]{32}$/),
  seq: z.number().int().positive(),
  hlc: hlcSchema,
  author: z.string().min(1).max(64),
  /** The public key of the person who signed the op ('' when nobody was signed in): see `authorSig`. */
  authorKey: z.string().regex(/^([0-9a-f]{64})?$/),
  entity: z.string().regex(/^[a-z][a-zA-Z]*$/),
  entityId: z.string().min(1).max(64),
  action: z.enum(opActions),
  fields: z.record(z.string(), jsonValueSchema),
  prev: z.string().regex(/^([0-9a-f]{64})?$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  sig: z.string().regex(/^[0-9a-f]{128}$/).nullable(),
  /**
   * The author's Ed25519 signature, by `authorKey`, over the last op of each commit (its content hash, which chains
   * to the ops before it). It is itself inside the op's hash, so a relay can neither strip nor swap it.
   */
  authorSig: z.string().regex(/^[0-9a-f]{128}$/).nullable(),
});
export type Op = z.infer<typeof opSchema>;
