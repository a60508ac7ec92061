import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { addPeerInput, joinCodeOutput, joinInput, peersViewSchema, revokeInput, syncStatusSchema } from '../domain/sync';
import { method } from './define';

export const syncMethods = {
  'sync:status': method(z.object({}).strict(), syncStatusSchema, 'The sync port, the incidents shared and how many peers each has.'),
  'sync:joinCode': method(
    z.object({ incidentId: idSchema }),
    joinCodeOutput,
    'The code (and its QR code as SVG) that lets another console join this incident.',
  ),
  'sync:join': method(joinInput, z.object({ incidentId: idSchema }), 'Join the incident a join code names; its ops follow.'),
  'sync:addPeer': method(addPeerInput, syncStatusSchema, 'Add a host:port to reach, for networks that block discovery.'),
  'sync:peers': method(z.object({ incidentId: idSchema }), peersViewSchema, 'The consoles of an incident: connected or not, lag, clock.'),
};

export const deviceMethods = {
  'device:revoke': method(revokeInput, z.object({ epoch: z.number().int() }), 'Revoke a device: its later ops are refused and the secret rotates.'),
};
