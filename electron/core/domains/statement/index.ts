import type { DomainModule } from '../../kernel/domain';
import { migration012 } from './migrations/012-statements';
import { migration013 } from './migrations/013-incident-withheld-names';
import { statementEntities } from './entities';
import { statementHandlers } from './handlers';

/** Public statements: drafts, revisions, two-person approval, publication, guidance checks and exports. */
export const statementDomain: DomainModule<'statement'> = {
  prefix: 'statement',
  entities: statementEntities,
  migrations: [migration012, migration013],
  handlers: ({ ws }) => statementHandlers(ws),
};

export { draftChanges } from './service';
export { publicCadence } from './checking';
export { publishedStatements } from './read';
