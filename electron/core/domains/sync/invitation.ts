import { createHash } from 'node:crypto';
import { z } from 'zod';
import { idSchema, instantSchema } from '../../../../shared/domain/ids';
import { textOf } from '../../kernel/ops/describe';
import { defineEntity } from '../../kernel/ops/entities';
import { decodeHlc } from '../../kernel/ops/hlc';
import { refuse } from '../../kernel/ops/verdict';
import { memberAt, syncFacts } from './facts';

/** How long a join code admits: long enough to read it out and type it, short enough that a photo of it goes stale. */
export const INVITATION_TTL_MS = 30 * 60_000;
export const INVITATION_LABEL_MAX = 80;
export const DEFAULT_INVITATION_LABEL = 'A console';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const deviceIdSchema = z.string().regex(/^[0-9a-f]{32}$/);

/**
 * What an invitation op commits to instead of its token: ops replicate to every device, so the token itself, which
 * admits a device, travels only in the join code and over the joining device's own session.
 */
export const tokenHashOf = (token: Buffer): string => createHash('sha256').update('concord invitation token v1:').update(token).digest('hex');

const invitationSchema = z.object({ label: z.string().trim().min(1).max(INVITATION_LABEL_MAX), expiresAt: instantSchema, tokenHash: hex64 });

/**
 * An invitation to join the incident, minted with a join code by someone who may `inviteDevices`. It admits one
 * device, once, until `expiresAt` (by the HLC of the admission, so every console judges the deadline alike).
 */
export const invitationEntity = defineEntity({
  name: 'invitation',
  table: 'invitations',
  mode: 'append',
  fields: { label: 'text', expiresAt: 'text', tokenHash: 'text' },
  schema: invitationSchema,
  describe: (op) => `Invited a console: ${textOf(op.fields.label)}`,
  rule: {
    need: () => 'inviteDevices',
    check: (op) => {
      // Bound by the op's own stamp: a console cannot mint a code that stays good for days.
      const wall = decodeHlc(op.hlc).wall;
      const expires = Date.parse(textOf(op.fields.expiresAt));
      if (!(expires > wall && expires <= wall + INVITATION_TTL_MS)) refuse('invalid_input', 'an invitation lasts at most 30 minutes from when it is made');
    },
    record: (op, ledger, at) => ledger.facts(syncFacts).addInvitation(op.entityId, Date.parse(textOf(op.fields.expiresAt)), at),
  },
});

const admissionSchema = z.object({ admittedDevice: deviceIdSchema, invitationId: idSchema });

/**
 * A device admitted by an invitation, written by the console it presented the token to. The invitation is the
 * authority, so no role is needed; what every console checks is that the invitation stood, had not expired and
 * had not admitted another device earlier in the order, so two consoles admitting two devices with one invitation
 * at once end alike: the later admission is refused everywhere. Two consoles admitting the same device is no second use.
 */
export const admissionEntity = defineEntity({
  name: 'admission',
  table: 'admissions',
  mode: 'append',
  fields: { admittedDevice: 'text', invitationId: 'text' },
  schema: admissionSchema,
  describe: (op) => `Admitted console ${textOf(op.fields.admittedDevice).slice(0, 8)}`,
  rule: {
    need: () => null,
    check: (op, ledger, at) => {
      const invitationId = textOf(op.fields.invitationId);
      if (op.fields.admittedDevice === op.deviceId) refuse('forbidden', 'a console cannot admit itself');
      if (!memberAt(ledger, op.deviceId, at)) refuse('forbidden', 'only a console of the incident may admit another');
      const sync = ledger.facts(syncFacts);
      const invitation = sync.invitationAt(invitationId, at);
      if (!invitation) refuse('not_found', 'no invitation of this incident admits this console');
      else if (decodeHlc(op.hlc).wall >= invitation.expiresAt) refuse('forbidden', 'the invitation had expired');
      if (sync.invitationUsedBefore(invitationId, at, textOf(op.fields.admittedDevice))) refuse('forbidden', 'the invitation was already used');
    },
    record: (op, ledger, at) => ledger.facts(syncFacts).admitDevice(textOf(op.fields.admittedDevice), textOf(op.fields.invitationId), at),
  },
});

declare module '../../kernel/ops/entities' {
  interface EntityFields {
    invitation: z.input<typeof invitationSchema>;
    admission: z.input<typeof admissionSchema>;
  }
}
