import { useEffect, useRef, useState } from 'react';
import type { Result } from '../../shared/result';
import { useConsole } from '../store';
import { selectCurrent } from '../store/incidents-slice';
import { selectGeneration } from '../store/live-slice';

export interface Live<T> {
  data: T | null;
  error: string | null;
  reload: () => void;
}

/** Counts the data changes that touched one of `entities`; other changes leave it as it is. */
export const useGeneration = (entities: readonly string[]): number => useConsole(selectGeneration(entities));

/**
 * Reads from the core for the open incident and reads again whenever one of `entities` changes (a local edit
 * or an op from another console), so every panel stays live. Answers that arrive out of order are dropped.
 */
export function useLive<T>(load: (incidentId: string) => Promise<Result<T>>, entities: readonly string[], key = ''): Live<T> {
  const incidentId = useConsole(selectCurrent)?.id;
  const generation = useGeneration(entities);
  const [state, setState] = useState<{ data: T | null; error: string | null }>({ data: null, error: null });
  const [manual, setManual] = useState(0);
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    if (!incidentId) return;
    const request = ++latest.current;
    void loadRef.current(incidentId).then((result) => {
      if (request !== latest.current) return;
      setState(result.ok ? { data: result.value, error: null } : { data: null, error: result.error.message });
    });
  }, [incidentId, generation, key, manual]);

  return { ...state, reload: () => setManual((n) => n + 1) };
}
