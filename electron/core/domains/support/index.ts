import type { DomainModule } from '../../kernel/domain';
import { migration027 } from './migrations/027-families-and-survivors';
import { householdEntity, supportContactEntity, supportExportEntity, supportNeedEntity, supportSettingsEntity } from './entities';
import { supportHandlers } from './handlers';

/** Families and survivors: households, their needs across the six fields, contacts, with the details sealed to their readers. */
export const supportDomain: DomainModule<'support'> = {
  prefix: 'support',
  entities: [householdEntity, supportNeedEntity, supportContactEntity, supportSettingsEntity, supportExportEntity],
  migrations: [migration027],
  handlers: ({ ws }) => supportHandlers(ws),
};

export { familyNeedsForReport } from './read';
