import type { DomainModule } from '../../kernel/domain';
import { migration007 } from './migrations/007-protection-needs-measures-and-backlash-reports';
import { migration022 } from './migrations/022-protection-needs-case-manager-and-entry-points';
import { backlashReportEntity, protectionMeasureEntity, protectionNeedEntity } from './entity';
import { protectionHandlers } from './handlers';

/** Communities and sites that need protection, the measures taken for them and backlash reported against them. */
export const protectionDomain: DomainModule<'protection'> = {
  prefix: 'protection',
  entities: [protectionNeedEntity, protectionMeasureEntity, backlashReportEntity],
  migrations: [migration007, migration022],
  handlers: ({ ws }) => protectionHandlers(ws),
};

export { communityLanguages, communityNames, needsForReport, reportsPerDay } from './read';
