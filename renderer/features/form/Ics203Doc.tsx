import type { Ics203 } from '../../../shared/domain/form';
import { roleKindLabels } from '../../../shared/rules/permissions';
import { capitalise } from '../../components/format';
import { Box, FormDoc, More, PeriodFacts, Signature } from './FormParts';

/** ICS 203, the organisation assignment list of a period: one box per kind of role, then the agencies on the ground. */
export function Ics203Doc({ f }: { f: Ics203 }) {
  const next = 3 + f.sections.length;
  return (
    <FormDoc form="203" name="Organisation assignment list" incidentName={f.incidentName} period={<PeriodFacts period={f.period} />}>
      {f.sections.map((s, i) => (
        <Box key={s.kind} n={3 + i} title={roleKindLabels[s.kind]}>
          {s.members.length === 0 ? (
            <p className="muted">Nobody.</p>
          ) : (
            <ul>
              {s.members.map((m) => (
                <li key={`${m.roleId}/${m.personId}`}>
                  {m.name}
                  {m.agency && `, ${m.agency}`}
                  {m.roleName !== roleKindLabels[s.kind] && <span className="muted"> ({m.roleName})</span>}
                </li>
              ))}
            </ul>
          )}
        </Box>
      ))}
      <Box n={next} title="Agency and organisation representatives on the ground" wide>
        {f.agencyRepresentatives.items.length === 0 ? (
          <p className="muted">No actor deployed.</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">Name</th>
                <th scope="col">Role in the response</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {f.agencyRepresentatives.items.map((a) => (
                <tr key={a.id}>
                  <td>{capitalise(a.kind)}</td>
                  <td>{a.name}</td>
                  <td>{a.role || '—'}</td>
                  <td>{a.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <More shown={f.agencyRepresentatives.items.length} total={f.agencyRepresentatives.total} where="the actors view" />
      </Box>
      <Signature n={next + 1} who={f.preparedBy} at={f.preparedAt} />
    </FormDoc>
  );
}
