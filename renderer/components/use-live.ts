import { useEffect, useRef, useState } from 'react';
import type { Result } from '../../shared/result';
import { useConsole } from '../store';
import { selectCurrent } from '../store/incidents-slice';
import { selectChangedEntities, selectDataVersion } from '../store/live-slice';

export interface Live<T> {
  data: T | null;
  error: string | null;
  reload: () => void;
}

/**
 * Reads from the core for the open incident and reads again whenever one of `entities` changes (a local edit
 * or an op from another console), so every panel stays live. Answers that arrive out of order are dropped.
 */
/** Counts the data changes that touched one of `entities`; other changes leave it as it is. */
export function useGeneration(entities: readonly string[]): number {
  const version = useConsole(selectDataVersion);
  const changed = useConsole(selectChangedEntities);
  const seen = useRef({ version, generation: 0 });
  if (seen.current.version !== version) {
    const relevant = changed.some((e) => e === '*' || entities.includes(e));
    seen.current = { version, generation: seen.current.generation + (relevant ? 1 : 0) };
  }
  return seen.current.generation;
}

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
