import { actorStatuses } from '../../../shared/domain/actor';
import type { Ics201 } from '../../../shared/domain/form';
import { roleKindLabels } from '../../../shared/rules/permissions';
import { capitalise } from '../../components/format';
import { Box, FormDoc, More, PeriodFacts, peopleLine, Signature, Table } from './FormParts';
import { When } from '../../components/When';

/** ICS 201, the incident briefing, as the paper form lays it out. */
export function Ics201Doc({ f }: { f: Ics201 }) {
  return (
    <FormDoc form="201" name="Incident briefing" incidentName={f.incidentName} period={<PeriodFacts period={f.period} />}>
      <Box n={3} title="Incident">
        <p>
          {capitalise(f.incident.kind)}, started <When iso={f.incident.startedAt} />
        </p>
        <p>Area: {f.incident.areaDescription || '—'}</p>
      </Box>
      <Box n={4} title="Situation summary and safety">
        <p>
          Security risk: {capitalise(f.incident.securityRiskLevel)}
          {f.incident.securityRiskNote && `: ${f.incident.securityRiskNote}`}
        </p>
        <p>Escalation outlook: {capitalise(f.incident.escalationOutlook)}</p>
      </Box>
      <Box n={5} title="Current objectives" wide>
        {f.objectives.length === 0 ? (
          <p className="muted">No priority set.</p>
        ) : (
          <ol>
            {f.objectives.map((o) => (
              <li key={o.id}>
                {o.title} <span className="muted">({o.visibility})</span>
              </li>
            ))}
          </ol>
        )}
      </Box>
      <Box n={6} title="Current actions" wide>
        <Table
          head={['Action', 'Status', 'Owner', 'Due', 'Priority']}
          items={f.actions.items}
          empty="No open task."
          row={(t) => [t.title, t.status, t.ownerName ?? '—', <When key="due" iso={t.dueAt} />, t.priorityTitle ?? '—']}
        />
        <More shown={f.actions.items.length} total={f.actions.total} where="the task board" />
      </Box>
      <Box n={7} title="Current organisation" wide>
        <Table
          head={['Role', 'Held by']}
          items={f.organisation}
          empty="Nobody holds a role."
          row={(o) => [o.roleName === roleKindLabels[o.kind] ? o.roleName : `${o.roleName} (${roleKindLabels[o.kind]})`, peopleLine(o.holders)]}
        />
      </Box>
      <Box n={8} title="Resource summary" wide>
        <Table
          head={['Kind', ...actorStatuses.map(capitalise), 'Total']}
          items={f.resources}
          empty="No actor on the ground recorded."
          row={(r) => [capitalise(r.kind), ...r.byStatus.map((s) => s.count), r.total]}
        />
      </Box>
      <Signature n={9} who={f.preparedBy} at={f.preparedAt} />
    </FormDoc>
  );
}
