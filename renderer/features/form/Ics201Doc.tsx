import { actorStatuses } from '../../../shared/domain/actor';
import type { Ics201 } from '../../../shared/domain/form';
import { roleKindLabels } from '../../../shared/rules/permissions';
import { capitalise } from '../../components/format';
import { Box, FormDoc, More, PeriodFacts, peopleLine, Signature, When } from './FormParts';

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
        {f.actions.items.length === 0 ? (
          <p className="muted">No open task.</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Status</th>
                <th scope="col">Owner</th>
                <th scope="col">Due</th>
                <th scope="col">Priority</th>
              </tr>
            </thead>
            <tbody>
              {f.actions.items.map((t) => (
                <tr key={t.id}>
                  <td>{t.title}</td>
                  <td>{t.status}</td>
                  <td>{t.ownerName ?? '—'}</td>
                  <td>
                    <When iso={t.dueAt} />
                  </td>
                  <td>{t.priorityTitle ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <More shown={f.actions.items.length} total={f.actions.total} where="the task board" />
      </Box>
      <Box n={7} title="Current organisation" wide>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col">Held by</th>
            </tr>
          </thead>
          <tbody>
            {f.organisation.map((o) => (
              <tr key={o.roleId}>
                <td>
                  {o.roleName}
                  {o.roleName !== roleKindLabels[o.kind] && <span className="muted"> ({roleKindLabels[o.kind]})</span>}
                </td>
                <td>{peopleLine(o.holders)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Box>
      <Box n={8} title="Resource summary" wide>
        {f.resources.length === 0 ? (
          <p className="muted">No actor on the ground recorded.</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Kind</th>
                {actorStatuses.map((s) => (
                  <th key={s} scope="col">
                    {capitalise(s)}
                  </th>
                ))}
                <th scope="col">Total</th>
              </tr>
            </thead>
            <tbody>
              {f.resources.map((r) => (
                <tr key={r.kind}>
                  <th scope="row">{capitalise(r.kind)}</th>
                  {r.byStatus.map((s) => (
                    <td key={s.status}>{s.count}</td>
                  ))}
                  <td>{r.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Box>
      <Signature n={9} who={f.preparedBy} at={f.preparedAt} />
    </FormDoc>
  );
}
