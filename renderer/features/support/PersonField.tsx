import { useConcordQuery, useIncidentInput } from '../../api/query';
import { Field } from '../../components/Field';

/** A select of the incident's roster, with a first option for nobody. */
export function PersonField({ label, value, none, onChange, disabled }: { label: string; value: string; none: string; onChange: (id: string) => void; disabled?: boolean }) {
  const roster = useConcordQuery('roster:get', useIncidentInput({}));
  return (
    <Field label={label}>
      {(c) => (
        <select {...c} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
          <option value="">{none}</option>
          {roster.data?.people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
