import { useId } from 'react';

/** A real progress bar for a catch-up: ops received from peers out of the ops they announced. */
export function CatchUpBar({ received, expected }: { received: number; expected: number }) {
  const id = useId();
  const done = Math.min(received, expected);
  return (
    <div className="catch-up" data-testid="catch-up">
      <label htmlFor={id}>Catching up with the other consoles</label>
      <progress id={id} max={expected} value={done}>
        {done} of {expected}
      </progress>
      <p className="muted" role="status">
        {done.toLocaleString()} of {expected.toLocaleString()} changes received
      </p>
    </div>
  );
}
