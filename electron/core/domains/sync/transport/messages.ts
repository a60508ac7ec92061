import { z } from 'zod';
import { findUnsafeText } from '../../../../../shared/rules/text-hygiene';

/** Highest seq held per device for one incident. */
export type VersionVector = Record<string, number>;

const vvSchema = z.record(z.string().regex(/^[0-9a-f]{32}$/), z.number().int().nonnegative());

/**
 * The messages inside a secure channel: one type byte, then the body.
 *   hello: sent first by both sides, and again to ask the other to resend from this version vector
 *   ops: a batch of ops (see batch-codec)
 *   have: what the receiver holds after applying a batch or committing; the sender's ack and the lag shown
 *   secret: the incident's new join secret after a revocation, for the devices still in it; taken only when a valid
 *           revocation op vouches for it (rotation.ts), never on the sender's word
 *   digest: once both sides are idle and hold the same ops, the sender's state hash, so a console that judges the same
 *           ops differently (a bug, or other rules) is seen at once instead of showing another picture in silence
 *   admit: sent first by a device not yet admitted: the invitation of its join code, id and one-time token
 *   bye: why the sender is closing the session (an invitation refused), so the other side can say so
 */
export const MessageType = { hello: 1, ops: 2, have: 3, secret: 4, digest: 5, admit: 6, bye: 7 } as const;

export const helloSchema = z.object({ v: z.literal(1), vv: vvSchema, now: z.number(), epoch: z.number().int().positive() });
export const haveSchema = z.object({ vv: vvSchema });
export const secretSchema = z.object({ secret: z.string().regex(/^[0-9a-f]{64}$/), epoch: z.number().int().positive() });
export const admitSchema = z.object({ invitationId: z.uuid(), token: z.string().regex(/^[0-9a-f]{32}$/) });
/** A peer's words end up in this console's log: one line of plain text. */
export const byeSchema = z.object({ reason: z.string().max(300).refine((r) => findUnsafeText(r) === null && !/[\n\t]/.test(r), 'not one line of plain text') });

export const digestSchema = z.object({ vv: vvSchema, hash: z.string().regex(/^[0-9a-f]{64}$/) });

export type Hello = z.infer<typeof helloSchema>;
export type Message =
  | { type: 'hello'; body: Hello }
  | { type: 'ops'; body: Buffer }
  | { type: 'have'; body: z.infer<typeof haveSchema> }
  | { type: 'secret'; body: z.infer<typeof secretSchema> }
  | { type: 'digest'; body: z.infer<typeof digestSchema> }
  | { type: 'admit'; body: z.infer<typeof admitSchema> }
  | { type: 'bye'; body: z.infer<typeof byeSchema> };

export function encodeMessage(message: Message): Buffer {
  const body = message.type === 'ops' ? message.body : Buffer.from(JSON.stringify(message.body));
  return Buffer.concat([Buffer.from([MessageType[message.type]]), body]);
}

/** Throws on anything malformed: the peer passed the handshake, but its messages are still checked. */
export function decodeMessage(data: Buffer): Message {
  const body = data.subarray(1);
  const json = (): unknown => JSON.parse(body.toString('utf8'));
  switch (data[0]) {
    case MessageType.hello:
      return { type: 'hello', body: helloSchema.parse(json()) };
    case MessageType.ops:
      return { type: 'ops', body };
    case MessageType.have:
      return { type: 'have', body: haveSchema.parse(json()) };
    case MessageType.secret:
      return { type: 'secret', body: secretSchema.parse(json()) };
    case MessageType.digest:
      return { type: 'digest', body: digestSchema.parse(json()) };
    case MessageType.admit:
      return { type: 'admit', body: admitSchema.parse(json()) };
    case MessageType.bye:
      return { type: 'bye', body: byeSchema.parse(json()) };
    default:
      throw new Error(`unknown message type ${data[0] ?? 'none'}`);
  }
}

/** Per device, the higher of the two. */
export const mergeVv = (a: VersionVector, b: VersionVector): VersionVector => {
  const out = { ...a };
  for (const [d, seq] of Object.entries(b)) if (seq > (out[d] ?? 0)) out[d] = seq;
  return out;
};

/** Whether two version vectors name the same ops. */
export const sameVv = (a: VersionVector, b: VersionVector): boolean => opsAhead(a, b) === 0 && opsAhead(b, a) === 0;

/** How many ops `from` holds that `to` lacks. */
export const opsAhead = (from: VersionVector, to: VersionVector): number =>
  Object.entries(from).reduce((n, [d, seq]) => n + Math.max(0, seq - (to[d] ?? 0)), 0);
