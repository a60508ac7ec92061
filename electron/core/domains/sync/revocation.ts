import { z } from 'zod';
import { textOf } from '../../kernel/ops/describe';
import { defineEntity } from '../../kernel/ops/entities';
import { refuse } from '../../kernel/ops/verdict';
import { syncFacts } from './facts';

const deviceRevocationSchema = z.object({
  revokedDevice: z.string().regex(/^[0-9a-f]{32}$/),
  reason: z.string().max(500),
  lastSeq: z.number().int().nonnegative(),
  epoch: z.number().int().min(2).max(0xffffffff).optional(),
  secretHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
});

/**
 * A device revoked from an incident: an op like any other, so it replicates and is judged. It names the last seq of
 * the revoked device's chain that takes effect (what the revoking console held of it); every later op of that
 * device is invalid on every console, whatever its clock says, and consoles that had applied them retract them.
 * Append-only: a revocation is never undone (the device rejoins with a new code, under a new device key).
 *
 * It is also what rotates the incident's secret: `epoch` is the revoking console's epoch plus one and `secretHash`
 * commits to the new secret (secrets.ts, `secretCommitment`), so a console takes a secret only when a valid
 * revocation vouches for it. Revocations written before rotation was an op carry neither and vouch for nothing.
 */
export const deviceRevocationEntity = defineEntity({
  name: 'deviceRevocation',
  table: 'device_revocations',
  mode: 'append',
  fields: { revokedDevice: 'text', reason: 'text', lastSeq: 'number', epoch: 'number', secretHash: 'text' },
  schema: deviceRevocationSchema,
  describe: (op) => {
    const device = typeof op.fields.revokedDevice === 'string' ? op.fields.revokedDevice.slice(0, 8) : '?';
    return `Revoked device ${device}${typeof op.fields.reason === 'string' && op.fields.reason ? `: ${op.fields.reason}` : ''}`;
  },
  rule: {
    // Revoking a device is the commander's call (`revokeDevices` in shared/rules/permissions.ts).
    need: (op) => {
      if (op.fields.revokedDevice === op.deviceId) refuse('forbidden', 'a device cannot revoke itself');
      return 'revokeDevices';
    },
    check: (op) => {
      if (('epoch' in op.fields) !== ('secretHash' in op.fields)) refuse('invalid_input', 'a rotation names both its epoch and its secret hash');
    },
    cutsChains: true,
    record: (op, ledger) => ledger.facts(syncFacts).revoke(textOf(op.fields.revokedDevice), typeof op.fields.lastSeq === 'number' ? op.fields.lastSeq : 0),
  },
});

declare module '../../kernel/ops/entities' {
  interface EntityFields {
    deviceRevocation: z.input<typeof deviceRevocationSchema>;
  }
}
