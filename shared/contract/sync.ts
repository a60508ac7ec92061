import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { addPeerInput, joinCodeInput, joinCodeOutput, joinInput, peersViewSchema, revokeInput, syncStatusSchema } from '../domain/sync';
import { entityNames } from '../domain/entities';
import { method } from './define';

export const syncMethods = {
  'sync:status': method(z.object({}).strict(), syncStatusSchema, 'The sync port, the incidents shared and how many peers each has.', { reads: ['incident'] }),
  'sync:joinCode': method(
    joinCodeInput,
    joinCodeOutput,
    'An invitation (one console, once, for 30 minutes) and its join code and QR code as SVG. Needs a signed-in operator who may invite devices.',
  ),
  'sync:join': method(joinInput, z.object({ incidentId: idSchema }), 'Join the incident a join code names, by the invitation it carries; its ops follow.'),
  'sync:addPeer': method(addPeerInput, syncStatusSchema, 'Add a host:port to reach, for networks that block discovery. Needs a signed-in operator who may invite devices.'),
  'sync:peers': method(
    z.object({ incidentId: idSchema }),
    peersViewSchema,
    'The consoles of an incident (connected or not, lag, clock), the admitted devices, open invitations and revocations.',
    { reads: entityNames },
  ),
  'sync:revokeDevice': method(revokeInput, z.object({ epoch: z.number().int() }), 'Revoke a device: its later ops are refused and the secret rotates.'),
};
