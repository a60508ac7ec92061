import type { ViewDefinition } from '../../views/view';
import { ProtectionPanel } from './ProtectionPanel';
import { ProtectionView } from './ProtectionView';

export const protectionView: ViewDefinition<'protection'> = {
  id: 'protection',
  title: 'Protection needs',
  guidance: 'Do certain communities or institutions need immediate protection?',
  purpose:
    'Communities and institutions at risk (targeted, perceived as linked to the perpetrator and at risk of backlash, collaterally affected, at risk of radicalisation) and sites such as places of worship and schools: risk level, measures, assigned actor, last contact and status, with backlash reports over time.',
  Panel: ProtectionPanel,
  View: ProtectionView,
};
