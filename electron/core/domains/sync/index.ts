import type { DomainModule } from '../../kernel/domain';
import { migration004 } from './migrations/004-sync-secrets-and-manual-peers';
import { migration005 } from './migrations/005-device-revocations';
import { migration016 } from './migrations/016-device-revocations-cut-a-chain-at-a-seq';
import { migration019 } from './migrations/019-invitations-admissions-and-rotations-by-revocation';
import { syncHandlers } from './handlers';
import { admissionEntity, invitationEntity } from './invitation';
import { deviceRevocationEntity } from './revocation';
import type { SyncService } from './sync-service';

export const syncEntities = [deviceRevocationEntity, invitationEntity, admissionEntity];

/**
 * Consoles of an incident and the network between them: invitations, admissions and revocations (judged ops), and
 * the service that replicates ops. The app creates the service, so the domain is made with a way to reach it.
 */
export const syncDomain = (sync: () => SyncService | null): DomainModule<'sync'> => ({
  prefix: 'sync',
  entities: syncEntities,
  migrations: [migration004, migration005, migration016, migration019],
  handlers: () => syncHandlers(sync),
});

export { SyncService, type SyncOptions } from './sync-service';
export { syncFacts } from './facts';
