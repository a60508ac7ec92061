import { useState, type ReactNode } from 'react';
import { securityRiskLevels, type Incident } from '../../../shared/domain/incident';
import type { JsonValue } from '../../../shared/domain/op';
import { Dialog } from '../../components/Dialog';
import { capitalise, formatElapsed, formatTime, riskLabel } from '../../components/format';
import { RiskBadge } from '../../components/RiskBadge';
import { useMinuteClock } from '../../components/use-now';
import { FieldHistoryButton } from '../log/FieldHistory';
import { CurrentPeriodFact } from '../period/CurrentPeriodFact';
import { SituationEditor } from './SituationEditor';
import { useConsole } from '../../store';
import { selectMay } from '../../store/operator-slice';

function Fact({ term, children, testId }: { term: string; children: ReactNode; testId?: string }) {
  return (
    <div className="fact" data-testid={testId}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A risk level as the badge words it; anything else (an older console's value) as it is. */
function riskValue(value: JsonValue): string {
  const level = securityRiskLevels.find((l) => l === value);
  return level ? riskLabel(level) : JSON.stringify(value);
}

/** "Analyse the situation": the facts everyone in the room needs at a glance, on every view of the incident. */
export function SituationHeader({ incident }: { incident: Incident }) {
  const now = useMinuteClock();
  const [editing, setEditing] = useState(false);
  // An operator who may not edit the situation is not offered the editor: the core would refuse the change anyway.
  const mayEdit = useConsole(selectMay('editSituation'));
  return (
    <div className="situation" data-testid="situation">
      <div className="situation-title">
        <h1>{incident.name}</h1>
        <p className="muted">{capitalise(incident.kind)}</p>
      </div>
      <dl className="facts">
        <Fact term="Started">
          <time dateTime={incident.startedAt}>{formatTime(incident.startedAt)}</time>
        </Fact>
        <Fact term="Elapsed" testId="elapsed">
          {formatElapsed(incident.startedAt, now)}
        </Fact>
        <Fact term="Security risk" testId="security-risk">
          <RiskBadge level={incident.securityRiskLevel} />{' '}
          <FieldHistoryButton entity="incident" entityId={incident.id} field="securityRiskLevel" label="security risk" format={riskValue} />
        </Fact>
        <Fact term="Escalation outlook" testId="escalation-outlook">
          {capitalise(incident.escalationOutlook)}
        </Fact>
        <Fact term="Operational period" testId="operational-period">
          <CurrentPeriodFact fallback={incident.operationalPeriod} />
        </Fact>
      </dl>
      {mayEdit && (
        <button type="button" className="primary" onClick={() => setEditing(true)}>
          Edit situation
        </button>
      )}
      <Dialog
        title={incident.mode === 'exercise' ? 'Edit the situation (EXERCISE)' : 'Edit the situation'}
        open={editing}
        onClose={() => setEditing(false)}
      >
        <SituationEditor incident={incident} onDone={() => setEditing(false)} />
      </Dialog>
    </div>
  );
}
