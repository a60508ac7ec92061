import { useEffect, useRef } from 'react';

/**
 * When the screen or view changes, start at the top, and if the control that caused the change is gone
 * (focus fell back to <body>), put focus on the main landmark so keyboard and screen-reader users are not
 * left at the start of the page. Fields with autoFocus keep their focus.
 */
export function useFocusOnChange(key: string): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    if (document.activeElement === document.body || document.activeElement === null) {
      document.getElementById('main')?.focus({ preventScroll: true });
    }
  }, [key]);
}
