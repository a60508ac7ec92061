import { z } from 'zod';
import { idSchema, instantSchema } from './ids';

const deviceIdSchema = z.string().regex(/^[0-9a-f]{32}$/);

export const syncStatusSchema = z.object({
  /** False when this console runs without sync (tests of the core alone). */
  enabled: z.boolean(),
  listening: z.boolean(),
  host: z.string(),
  port: z.number().int(),
  /** The address a join code made here names. */
  advertised: z.string(),
  incidents: z.array(z.object({ incidentId: idSchema, epoch: z.number().int(), connected: z.number().int() })),
  manualPeers: z.array(z.string()),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

export const catchUpSchema = z.object({ received: z.number().int(), expected: z.number().int() });

export const peerSchema = z.object({
  deviceId: deviceIdSchema,
  /** The operator on the device's first op in this incident, e.g. `console:1a2b3c4d`. */
  name: z.string(),
  self: z.boolean(),
  address: z.string().nullable(),
  connected: z.boolean(),
  revoked: z.boolean(),
  /** Ops this console holds that the peer lacks, and how old the oldest of them is. */
  lagOps: z.number().int(),
  lagMs: z.number().int().nullable(),
  /** Ops the peer holds that this console lacks. */
  behindOps: z.number().int(),
  lastSeen: instantSchema.nullable(),
  /** The peer's clock minus ours, measured at connection. */
  clockOffsetMs: z.number().int().nullable(),
  /** Why this session stopped taking the device's ops (a broken chain or signature), or null. */
  refused: z.string().nullable(),
  /** Edits of this device that the judge refused (authentic, but not allowed), and when the newest was made. */
  refusedEdits: z.number().int(),
  lastRefusedAt: instantSchema.nullable(),
  /**
   * True when the peer holds exactly the ops this console holds but reports another state hash: the two judge
   * the same edits differently (a bug, or a console running other rules). Null until both have compared.
   */
  disagrees: z.boolean().nullable(),
});
export type Peer = z.infer<typeof peerSchema>;

/** A device let in by an invitation: who the invitation was for (as the inviter typed it) and who invited. */
export const admittedDeviceSchema = z.object({
  deviceId: deviceIdSchema,
  label: z.string(),
  invitedBy: z.string(),
  admittedAt: instantSchema,
});

/** An invitation not used yet and not expired by this console's clock. */
export const pendingInvitationSchema = z.object({
  id: idSchema,
  label: z.string(),
  expiresAt: instantSchema,
  invitedBy: z.string(),
});

export const revocationSchema = z.object({
  deviceId: deviceIdSchema,
  revokedBy: z.string(),
  reason: z.string(),
  revokedAt: instantSchema,
});

export const peersViewSchema = z.object({
  incidentId: idSchema,
  peers: z.array(peerSchema),
  catchUp: catchUpSchema,
  /** Set when a connected peer's clock is off by more than a minute: past five its edits are refused. */
  clockWarning: z.string().nullable(),
  admitted: z.array(admittedDeviceSchema),
  invitations: z.array(pendingInvitationSchema),
  revocations: z.array(revocationSchema),
});
export type PeersView = z.infer<typeof peersViewSchema>;

/** Whom the code is for, in the inviter's words (e.g. "Laptop at the press desk"): shown with the console once it joins. */
export const joinCodeInput = z.object({ incidentId: idSchema, label: z.string().trim().max(80).default('') });
export const joinCodeOutput = z.object({
  code: z.string(),
  qrSvg: z.string(),
  address: z.string(),
  /** The invitation the code carries: one console, once, until it expires. */
  invitation: z.object({ id: idSchema, label: z.string(), expiresAt: instantSchema }),
});
export const joinInput = z.object({ code: z.string().trim().min(20).max(240) });
export const addPeerInput = z.object({ address: z.string().trim().regex(/^[^\s:]+:\d{1,5}$/, 'host:port') });
export const revokeInput = z.object({ incidentId: idSchema, deviceId: deviceIdSchema, reason: z.string().trim().max(500).default('') });
