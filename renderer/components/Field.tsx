import { useId, type ReactNode } from 'react';

export interface ControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': boolean;
}

interface FieldProps {
  label: string;
  hint?: string;
  error?: string | null;
  children: (control: ControlProps) => ReactNode;
}

/** A label, an optional hint and an error, wired to the control so screen readers announce all three. */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field-hint" id={hintId ?? undefined}>
          {hint}
        </p>
      )}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': Boolean(error) })}
      {error && (
        <p className="field-error" id={errorId ?? undefined}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </div>
  );
}

interface ChoiceFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly T[];
  describe?: (option: T) => string;
  onChange: (value: T) => void;
}

/** A select over one of the contract's enums; the option text is the enum value unless `describe` says better. */
export function ChoiceField<T extends string>({ label, value, options, describe, onChange }: ChoiceFieldProps<T>) {
  return (
    <Field label={label}>
      {(control) => (
        <select
          {...control}
          value={value}
          onChange={(event) => {
            const next = options.find((option) => option === event.target.value);
            if (next) onChange(next);
          }}
        >
          {options.map((option) => (
            <option key={option} value={option}>
              {describe ? describe(option) : option}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

interface OptionFieldProps {
  label: string;
  value: string;
  options: readonly { id: string; label: string }[];
  /** The first option, chosen by the empty value: "No owner yet", "None". */
  none: string;
  onChange: (id: string) => void;
  /** Props for the select itself, such as what `mayProps` gives a control the operator may not use. */
  select?: { disabled?: boolean; title?: string; 'aria-describedby'?: string };
}

/** A select over records by id (people, priorities, needs), with a first option for none. */
export function OptionField({ label, value, options, none, onChange, select }: OptionFieldProps) {
  return (
    <Field label={label}>
      {(c) => (
        <select {...c} {...select} aria-describedby={[c['aria-describedby'], select?.['aria-describedby']].filter(Boolean).join(' ') || undefined} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{none}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="form-error" role="alert">
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  );
}
