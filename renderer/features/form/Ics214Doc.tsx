import type { Ics214 } from '../../../shared/domain/form';
import { Box, FormDoc, More, PeriodFacts, Signature, Table } from './FormParts';
import { When } from '../../components/When';

const line = (values: readonly string[]) => (values.length === 0 ? '—' : values.join(', '));

/** ICS 214, the activity log of a person or a position over a period, each line the log's own. */
export function Ics214Doc({ f }: { f: Ics214 }) {
  // A position's log may have several authors: then each line says whose it is.
  const byRole = f.subject.roleId !== null;
  return (
    <FormDoc form="214" name="Activity log" incidentName={f.incidentName} period={<PeriodFacts period={f.period} />}>
      <Box n={3} title="Name">
        <p>{line(f.subject.names)}</p>
      </Box>
      <Box n={4} title="ICS position">
        <p>{line(f.subject.positions)}</p>
      </Box>
      <Box n={5} title="Home agency" wide>
        <p>{line(f.subject.agencies)}</p>
      </Box>
      <Box n={6} title="Activity log" wide>
        <Table
          head={byRole ? ['Date and time', 'By', 'Notable activity'] : ['Date and time', 'Notable activity']}
          items={f.activities}
          empty="Nothing logged in this period."
          testId="ics-activities"
          row={(a) => [<When key="at" iso={a.at} />, ...(byRole ? [a.authorName] : []), a.summary]}
        />
        <More shown={f.activities.length} total={f.total} where="the log" />
      </Box>
      <Signature n={7} who={f.preparedBy} at={f.preparedAt} />
    </FormDoc>
  );
}
