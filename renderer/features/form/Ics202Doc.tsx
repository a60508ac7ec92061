import type { Ics202 } from '../../../shared/domain/form';
import { capitalise } from '../../components/format';
import { Box, FormDoc, PeriodFacts, peopleLine, Signature } from './FormParts';

/** ICS 202, the incident objectives of a period, as the paper form lays it out. */
export function Ics202Doc({ f }: { f: Ics202 }) {
  const emphasis = f.commandEmphasis;
  const previous = f.situationalAwareness.previousHandover;
  return (
    <FormDoc form="202" name="Incident objectives" incidentName={f.incidentName} period={<PeriodFacts period={f.period} />}>
      <Box n={3} title="Objectives" wide>
        {f.objectives.length === 0 ? (
          <p className="muted">No objective set for the period.</p>
        ) : (
          <ol data-testid="ics-objectives">
            {f.objectives.map((o) => (
              <li key={o.id}>{o.title}</li>
            ))}
          </ol>
        )}
      </Box>
      <Box n={4} title="Operational period command emphasis" wide>
        <p>
          Security risk: {capitalise(emphasis.securityRiskLevel)}
          {emphasis.securityRiskNote && `: ${emphasis.securityRiskNote}`}
        </p>
        <p>Escalation outlook: {capitalise(emphasis.escalationOutlook)}</p>
      </Box>
      <Box n={5} title="General situational awareness" wide>
        <p>Area: {f.situationalAwareness.areaDescription || '—'}</p>
        {previous ? (
          <>
            <p className="muted">Handover from period {previous.periodNumber}:</p>
            <p className="ics-note">{previous.note || 'None written.'}</p>
          </>
        ) : (
          <p className="muted">The first period: no handover before it.</p>
        )}
      </Box>
      <Signature n={6} title="Prepared by (period lead)" who={f.preparedBy} at={f.preparedAt} />
      <Box n={7} title="Approved by (incident commander)">
        <p>{peopleLine(f.approvedBy)}</p>
      </Box>
    </FormDoc>
  );
}
