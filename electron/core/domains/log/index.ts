import type { DomainModule } from '../../kernel/domain';
import { migration003 } from './migrations/003-log-notes';
import { migration014 } from './migrations/014-log-notes-drop-the-unread-incident-index';
import { logNoteEntity } from './entity';
import { logHandlers } from './handlers';

/** The log of changes, read from the op log, and free-text notes. */
export const logDomain: DomainModule<'log'> = {
  prefix: 'log',
  entities: [logNoteEntity],
  migrations: [migration003, migration014],
  handlers: ({ ws }) => logHandlers(ws),
};

export { toEntry } from './service';
