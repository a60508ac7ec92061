import type { SecurityRiskLevel } from '../../shared/domain/incident';
import { riskLabel } from './format';

/** Colour for a glance, the word for certainty: the level is always written out. */
export function RiskBadge({ level }: { level: SecurityRiskLevel }) {
  return (
    <span className={`risk-badge risk-${level}`} data-testid="risk-level">
      <span className="risk-mark" aria-hidden="true" />
      {riskLabel(level)}
    </span>
  );
}
