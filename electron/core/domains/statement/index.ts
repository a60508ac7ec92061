import type { DomainModule } from '../../kernel/domain';
import { migration012 } from './migrations/012-statements';
import { migration013 } from './migrations/013-incident-withheld-names';
import { migration026 } from './migrations/026-approval-acknowledges-internal';
import { statementEntities } from './entities';
import type { GuidanceSources } from './guidance';
import { statementHandlers } from './handlers';

/**
 * Public statements: drafts, revisions, two-person approval, publication, guidance checks and exports. `sources`
 * gives the guidance what domains that depend on this one record (false claims).
 */
export const statementDomain = (sources: GuidanceSources): DomainModule<'statement'> => ({
  prefix: 'statement',
  entities: statementEntities,
  migrations: [migration012, migration013, migration026],
  handlers: ({ ws }) => statementHandlers(ws, sources),
});

export type { GuidanceSources } from './guidance';
export { draftChanges } from './service';
export { publicCadence } from './checking';
export { publishedStatements, statementDetails } from './read';
