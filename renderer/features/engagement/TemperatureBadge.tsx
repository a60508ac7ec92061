import type { Temperature, Trend } from '../../../shared/domain/engagement';
import { capitalise } from '../../components/format';

/** The risk colours, calm to hostile, so a community's temperature reads like a risk at a glance. */
const tone: Record<Temperature, string> = { calm: 'low', uneasy: 'elevated', tense: 'high', hostile: 'critical' };
const arrow: Record<Trend, string> = { improving: '↗', steady: '→', worsening: '↘' };

/** A temperature with its trend, both written out: the colour and the arrow only help the eye. */
export function TemperatureBadge({ temperature, trend }: { temperature: Temperature | null; trend: Trend | null }) {
  if (!temperature) return <span className="muted">no temperature taken yet</span>;
  return (
    <span className="temperature">
      <span className={`risk-badge risk-${tone[temperature]}`} data-testid="temperature">
        <span className="risk-mark" aria-hidden="true" />
        {capitalise(temperature)}
      </span>
      {trend && (
        <span className="trend">
          <span aria-hidden="true">{arrow[trend]}</span> {trend}
        </span>
      )}
    </span>
  );
}
