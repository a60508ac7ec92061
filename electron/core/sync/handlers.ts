import QRCode from 'qrcode';
import type { DomainHandlers } from '../api/handlers';
import { ConcordError } from '../../../shared/result';
import { getIncident } from '../incident/service';
import { decodeJoinCode, encodeJoinCode } from './join-code';
import { parseAddress } from './dialer';
import { peersView } from './peers-view';
import type { SyncService } from './sync-service';

const disabled = () => new ConcordError('invalid_input', 'sync is not running in this console');

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
      s.share(i.incidentId);
      const secret = s.secrets.ensure(i.incidentId);
      const address = s.advertised();
      const { host, port } = parseAddress(address);
      const code = encodeJoinCode({ incidentId: i.incidentId, secret: secret.secret, epoch: secret.epoch, host, port });
      const qrSvg = await QRCode.toString(code, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
      return { code, qrSvg, address };
    },
    'sync:join': (i) => {
      const code = decodeJoinCode(i.code);
      service().join(code.incidentId, code.secret, code.epoch, code.host, code.port);
      return { incidentId: code.incidentId };
    },
    'sync:addPeer': (i) => service().addPeer(i.address),
    'sync:peers': (i) => {
      const s = service();
      if (!s.secrets.get(i.incidentId)) getIncident(s.workspace, i.incidentId);
      return peersView(s, i.incidentId);
    },
  };
};

export const deviceHandlers = (sync: () => SyncService | null): DomainHandlers<'device:'> => ({
  'device:revoke': (i) => {
    const s = sync();
    if (!s) throw disabled();
    getIncident(s.workspace, i.incidentId);
    return { epoch: s.revoke(i.incidentId, i.deviceId, i.reason) };
  },
});
