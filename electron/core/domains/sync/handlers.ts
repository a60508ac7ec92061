import QRCode from 'qrcode';
import type { DomainHandlers } from '../../kernel/domain';
import { ConcordError } from '../../../../shared/result';
import { getIncident } from '../incident';
import { currentOperator } from '../roster';
import type { Workspace } from '../../kernel/store/workspace';
import { DEFAULT_INVITATION_LABEL } from './invitation';
import { decodeJoinCode, encodeJoinCode } from './join-code';
import { parseAddress } from './transport/dialer';
import { peersView } from './peers-view';
import type { SyncService } from './sync-service';

const disabled = () => new ConcordError('invalid_input', 'sync is not running in this console');

/**
 * Letting a console in is inviting it: only a signed-in operator who may `inviteDevices` (in `incidentId`, or in the
 * incident they are signed in to when the act is not about one incident) does it.
 */
function requireInviter(ws: Workspace, incidentId: string | null, doing: string): void {
  const operator = currentOperator(ws);
  if (!operator) throw new ConcordError('forbidden', `Nobody is signed in on this console: the incident commander signs in to ${doing}.`);
  if (incidentId !== null && operator.incidentId !== incidentId) throw new ConcordError('forbidden', `${operator.name} is signed in to another incident: sign in on this one to ${doing}.`);
  if (!operator.actions.includes('inviteDevices')) throw new ConcordError('forbidden', `${operator.name} may not invite devices: ask the incident commander to ${doing}.`);
}

/** The sync methods, answered by the console's sync service (absent in a core run without sync). */
export const syncHandlers = (sync: () => SyncService | null): DomainHandlers<'sync:'> => {
  const service = (): SyncService => {
    const s = sync();
    if (!s) throw disabled();
    return s;
  };
  return {
    'sync:status': () => {
      const s = sync();
      return s ? s.status() : { enabled: false, listening: false, host: '', port: 0, advertised: '', incidents: [], manualPeers: [] };
    },
    'sync:joinCode': async (i) => {
      const s = service();
      getIncident(s.workspace, i.incidentId);
      requireInviter(s.workspace, i.incidentId, 'make a join code');
      // The invitation first: if the judge refuses it, the incident is not shared on its account.
      const invitation = s.membership.invite(i.incidentId, i.label || DEFAULT_INVITATION_LABEL);
      s.share(i.incidentId);
      const secret = s.secrets.ensure(i.incidentId);
      const address = s.advertised();
      const { host, port } = parseAddress(address);
      const code = encodeJoinCode({ incidentId: i.incidentId, secret: secret.secret, epoch: secret.epoch, host, port, invitationId: invitation.invitationId, token: invitation.token });
      const qrSvg = await QRCode.toString(code, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
      return { code, qrSvg, address, invitation: { id: invitation.invitationId, label: invitation.label, expiresAt: invitation.expiresAt } };
    },
    // Authorized by the invitation inside the code: a fresh console has nobody to sign in.
    'sync:join': (i) => {
      const code = decodeJoinCode(i.code);
      service().join(code);
      return { incidentId: code.incidentId };
    },
    'sync:addPeer': (i) => {
      const s = service();
      requireInviter(s.workspace, null, 'add a console by address');
      return s.addPeer(i.address);
    },
    'sync:peers': (i) => {
      const s = service();
      if (!s.secrets.get(i.incidentId)) getIncident(s.workspace, i.incidentId);
      return peersView(s, i.incidentId);
    },
    'sync:revokeDevice': (i) => {
      const s = service();
      getIncident(s.workspace, i.incidentId);
      return { epoch: s.revoke(i.incidentId, i.deviceId, i.reason) };
    },
  };
};
