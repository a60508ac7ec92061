import type { Ics203 } from '../../../shared/domain/form';
import { roleKindLabels } from '../../../shared/rules/permissions';
import { capitalise } from '../../components/format';
import { Box, FormDoc, More, PeriodFacts, Signature, Table } from './FormParts';

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
        <Table
          head={['Kind', 'Name', 'Role in the response', 'Status']}
          items={f.agencyRepresentatives.items}
          empty="No actor deployed."
          row={(a) => [capitalise(a.kind), a.name, a.role || '—', a.status]}
        />
        <More shown={f.agencyRepresentatives.items.length} total={f.agencyRepresentatives.total} where="the actors view" />
      </Box>
      <Signature n={next + 1} who={f.preparedBy} at={f.preparedAt} />
    </FormDoc>
  );
}
