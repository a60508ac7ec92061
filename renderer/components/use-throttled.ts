import { useEffect, useRef, useState } from 'react';

/**
 * The value at most once per `ms`: a change after a quiet spell passes at once (a pasted search answers
 * without waiting), and changes in a burst (typing) are folded into the last one, so each keystroke does not
 * send its own query.
 */
export function useThrottled<T>(value: T, ms: number): T {
  const [passed, setPassed] = useState(value);
  const last = useRef(0);
  useEffect(() => {
    const pass = () => {
      last.current = Date.now();
      setPassed(value);
    };
    const wait = last.current + ms - Date.now();
    if (wait <= 0) return pass();
    const timer = setTimeout(pass, wait);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return passed;
}
