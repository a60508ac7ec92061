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
 * The op-log check sync adds: an op from a revoked device with an HLC after its revocation is refused, and a
 * revocation must come from the console that opened the incident, never against itself.
 *
 * Who may revoke: until issue 3's guard maps `deviceRevocation` ops to the `revokeDevices` action of
 * shared/rules/permissions.ts for the signed-in operator, the rule is by device: the console that opened the
 * incident (the device of its `incident` add op, which every console holds before any later op, since the
 * stream is causally ordered) is its commander's console.
 */
export function revocationCheck(db: Db): (op: Op) => void {
  const revokedAt = db.prepare('SELECT min(hlc) AS hlc FROM device_revocations WHERE incident_id = ? AND revoked_device = ?');
  const opener = db.prepare("SELECT device_id FROM ops WHERE incident_id = ? AND entity = 'incident' AND action = 'add' ORDER BY hlc LIMIT 1");
  return (op) => {
    const revoked = (revokedAt.get(op.incidentId, op.deviceId) as { hlc: string | null }).hlc;
    if (revoked !== null && op.hlc > revoked) {
      throw new ConcordError('forbidden', `device ${op.deviceId.slice(0, 8)} was revoked from this incident; its op ${op.seq} is refused`);
    }
    if (op.entity !== deviceRevocationEntity.name) return;
    if (op.fields.revokedDevice === op.deviceId) throw new ConcordError('forbidden', 'a device cannot revoke itself');
    const openedBy = (opener.get(op.incidentId) as { device_id: string } | undefined)?.device_id;
    if (openedBy !== op.deviceId) throw new ConcordError('forbidden', 'only the console that opened the incident may revoke a device');
  };
}

export const isRevoked = (db: Db, incidentId: string, deviceId: string): boolean =>
  db.prepare('SELECT 1 FROM device_revocations WHERE incident_id = ? AND revoked_device = ?').get(incidentId, deviceId) !== undefined;
