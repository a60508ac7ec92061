import type { DomainModule } from '../../kernel/domain';
import { migration006 } from './migrations/006-actors-check-ins-and-stale-setting';
import { actorCheckInEntity, actorEntity, actorSettingsEntity } from './entity';
import { actorHandlers } from './handlers';

/** Actors on the ground: who they are, their check-ins and when they go stale. */
export const actorDomain: DomainModule<'actor'> = {
  prefix: 'actor',
  entities: [actorEntity, actorCheckInEntity, actorSettingsEntity],
  migrations: [migration006],
  handlers: ({ ws }) => actorHandlers(ws),
};

export { actorsByKindAndStatus, actorsForReport, deployedActors } from './read';
