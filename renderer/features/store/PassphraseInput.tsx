import { Field } from '../../components/Field';

interface PassphraseInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete: 'new-password' | 'current-password' | 'off';
  hint?: string;
  error?: string | null;
  autoFocus?: boolean;
}

export function PassphraseInput({ label, value, onChange, autoComplete, hint, error, autoFocus }: PassphraseInputProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          type="password"
          autoComplete={autoComplete}
          spellCheck={false}
          autoFocus={autoFocus}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
