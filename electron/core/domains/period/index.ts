import type { DomainModule } from '../../kernel/domain';
import { migration029 } from './migrations/029-operational-periods';
import { periodEntity } from './entity';
import { periodHandlers } from './handlers';

/** Operational periods: numbered shifts with objectives from the priorities, a lead and a handover note. */
export const periodDomain: DomainModule<'period'> = {
  prefix: 'period',
  entities: [periodEntity],
  migrations: [migration029],
  handlers: ({ ws }) => periodHandlers(ws),
};

export { currentPeriod, getPeriod, listPeriods } from './read';
export { periodFacts } from './facts';
