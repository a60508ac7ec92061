import type { ViewDefinition } from '../../views/view';
import { SupportPanel } from './SupportPanel';
import { SupportView } from './SupportView';

export const supportView: ViewDefinition<'support'> = {
  id: 'support',
  title: 'Families and survivors',
  guidance: 'Have the victims’ families, the injured and the survivors each got someone looking after them?',
  purpose:
    'Victims’ families, the injured, uninjured survivors and witnesses: their liaison, their needs across the medical, psychological, social, legal, administrative and financial fields, and every contact, with names and contact details sealed to their readers.',
  Panel: SupportPanel,
  View: SupportView,
};
