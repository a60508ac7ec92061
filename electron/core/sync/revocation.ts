import { z } from 'zod';
import type { Op } from '../../../shared/domain/op';
import { ConcordError } from '../../../shared/result';
import type { Db } from '../db/open';
import type { EntityDef } from '../ops/entities';

/**
 * A device revoked from an incident: an op like any other, so it replicates and every console refuses the
 * revoked device's ops stamped after it. Append-only: a revocation is never undone (the device rejoins with a
 * new code, under a new device key if it must).
 */
export const deviceRevocationEntity: EntityDef = {
  name: 'deviceRevocation',
  table: 'device_revocations',
  mode: 'append',
  fields: { revokedDevice: 'text', reason: 'text' },
  schema: z.object({ revokedDevice: z.string().regex(/^[0-9a-f]{32}$/), reason: z.string().max(500) }),
  describe: (op) => {
    const device = typeof op.fields.revokedDevice === 'string' ? op.fields.revokedDevice.slice(0, 8) : '?';
    return `Revoked device ${device}${typeof op.fields.reason === 'string' && op.fields.reason ? `: ${op.fields.reason}` : ''}`;
  },
};

/**
 * The op-log check sync adds: an op from a revoked device with an HLC after its revocation is refused, on
 * every console, whoever relays it; and a device never revokes itself. Who may revoke is the permission
 * guard's (roster/guard.ts maps `deviceRevocation` to the `revokeDevices` action of shared/rules/permissions.ts,
 * which only the incident commander holds), checked at the op's HLC like every other op.
 */
export function revocationCheck(db: Db, memo: Map<string, string | null>): (op: Op) => void {
  const revokedAt = db.prepare('SELECT min(hlc) AS hlc FROM device_revocations WHERE incident_id = ? AND revoked_device = ?');
  // A batch comes from one or a few devices: when each was revoked is read once per batch (the op log's batch
  // memo), and forgotten after any revocation the batch carries.
  const revokedHlc = (op: Op): string | null => {
    const key = `${op.incidentId}/${op.deviceId}`;
    let hlc = memo.get(key);
    if (hlc === undefined) {
      hlc = (revokedAt.get(op.incidentId, op.deviceId) as { hlc: string | null }).hlc;
      memo.set(key, hlc);
    }
    if (op.entity === deviceRevocationEntity.name) memo.clear();
    return hlc;
  };
  return (op) => {
    const revoked = revokedHlc(op);
    if (revoked !== null && op.hlc > revoked) {
      throw new ConcordError('forbidden', `device ${op.deviceId.slice(0, 8)} was revoked from this incident; its op ${op.seq} is refused`);
    }
    if (op.entity === deviceRevocationEntity.name && op.fields.revokedDevice === op.deviceId) {
      throw new ConcordError('forbidden', 'a device cannot revoke itself');
    }
  };
}

export const isRevoked = (db: Db, incidentId: string, deviceId: string): boolean =>
  db.prepare('SELECT 1 FROM device_revocations WHERE incident_id = ? AND revoked_device = ?').get(incidentId, deviceId) !== undefined;
