import type { DomainModule } from '../../kernel/domain';
import { migration017 } from './migrations/017-refused-edits-re-entered';
import { refusalReentryEntity } from './entity';
import { refusalHandlers } from './handlers';

/** Refused edits: authentic ops the judge did not let take effect, and "apply as mine". Depends on log, and on roster for its authors' names. */
export const refusalDomain: DomainModule<'refusal'> = {
  prefix: 'refusal',
  entities: [refusalReentryEntity],
  migrations: [migration017],
  handlers: ({ ws }) => refusalHandlers(ws),
};

export { everyRefused } from './service';
