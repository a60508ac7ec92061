import type { DomainModule } from '../../kernel/domain';
import { migration030 } from './migrations/030-situation-reports';
import { sitrepEntity } from './entity';
import { sitrepHandlers } from './handlers';

/** Situation reports: signed, immutable snapshots of the picture, one or more per operational period. */
export const sitrepDomain: DomainModule<'sitrep'> = {
  prefix: 'sitrep',
  entities: [sitrepEntity],
  migrations: [migration030],
  handlers: ({ ws }) => sitrepHandlers(ws),
};
