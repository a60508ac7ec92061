import type { DomainModule } from '../../kernel/domain';
import { migration025 } from './migrations/025-situation-reports';
import { sitrepEntity } from './entity';
import { sitrepHandlers } from './handlers';

/** Situation reports: signed, immutable snapshots of the picture, one or more per operational period. */
export const sitrepDomain: DomainModule<'sitrep'> = {
  prefix: 'sitrep',
  entities: [sitrepEntity],
  migrations: [migration025],
  handlers: ({ ws }) => sitrepHandlers(ws),
};
