import type { DomainModule } from '../../kernel/domain';
import { migration009 } from './migrations/009-roster-chain-of-command-and-check-ins';
import { migration018 } from './migrations/018-person-signing-keys';
import { assignmentEntity, checkInEntity, personEntity, pinResetEntity, roleEntity } from './entities';
import { rosterHandlers } from './handlers';

/** The chain of command: people with their signing keys, roles, assignments, check-ins, and who is signed in here. */
export const rosterDomain: DomainModule<'roster'> = {
  prefix: 'roster',
  entities: [personEntity, roleEntity, assignmentEntity, checkInEntity, pinResetEntity],
  migrations: [migration009, migration018],
  handlers: ({ ws }) => rosterHandlers(ws),
};

export { firstRosterChanges, type FirstCommander } from './seed';
export { keyFields } from './keys';
export { newPersonKey } from './person-key';
export { LATEST_HLC, rolesHeldAt } from './authority';
export { currentOperator } from './operator';
export { rosterAuthority, rosterFacts } from './facts';
export { holdersOf, keyHolders, personCard, personName, personNames, postings, roleName, type KeyHolder, type Posting } from './read';
