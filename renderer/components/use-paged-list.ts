import { useCallback, useEffect, useRef, useState } from 'react';
import type { Result } from '../../shared/result';
import { useConsole } from '../store';
import { selectCurrent } from '../store/incidents-slice';
import { useGeneration } from './use-live';

export const PAGE_SIZE = 100;

export interface Page<T> {
  items: T[];
  total: number;
}

export interface PagedList<T> {
  total: number | null;
  item: (index: number) => T | undefined;
  /** Asks for the rows a virtual list is about to show; pages already held or on their way are not asked again. */
  ensure: (start: number, end: number) => void;
  error: string | null;
}

/**
 * A long list read a page at a time from the core (sorted and filtered there), so the screen never holds
 * 10,000 rows. A new filter (`key`) or a change to `entities` reads the pages in view again.
 */
export function usePagedList<T>(fetch: (incidentId: string, offset: number, limit: number) => Promise<Result<Page<T>>>, entities: readonly string[], key: string): PagedList<T> {
  const incidentId = useConsole(selectCurrent)?.id;
  const generation = useGeneration(entities);
  const [pages, setPages] = useState<{ total: number | null; byPage: ReadonlyMap<number, T[]> }>({ total: null, byPage: new Map() });
  const [error, setError] = useState<string | null>(null);
  const asked = useRef(new Set<number>());
  const epoch = useRef(0);
  const visible = useRef<[number, number]>([0, 0]);
  const fetchRef = useRef(fetch);
  fetchRef.current = fetch;

  const load = useCallback(
    (page: number) => {
      if (!incidentId || asked.current.has(page)) return;
      asked.current.add(page);
      const mine = epoch.current;
      void fetchRef.current(incidentId, page * PAGE_SIZE, PAGE_SIZE).then((result) => {
        if (mine !== epoch.current) return;
        if (!result.ok) return setError(result.error.message);
        setError(null);
        setPages((prev) => ({ total: result.value.total, byPage: new Map(prev.byPage).set(page, result.value.items) }));
      });
    },
    [incidentId],
  );

  const ensure = useCallback(
    (start: number, end: number) => {
      visible.current = [start, end];
      for (let p = Math.floor(start / PAGE_SIZE); p <= Math.floor(Math.max(start, end) / PAGE_SIZE); p++) load(p);
    },
    [load],
  );

  // A new filter starts from an empty list; a data change keeps the rows on screen until the fresh ones arrive.
  useEffect(() => {
    setPages({ total: null, byPage: new Map() });
  }, [key, incidentId]);
  useEffect(() => {
    epoch.current++;
    asked.current = new Set();
    const [start, end] = visible.current;
    load(0);
    ensure(start, end);
  }, [key, incidentId, generation, load, ensure]);

  const item = useCallback((index: number) => pages.byPage.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], [pages]);
  return { total: pages.total, item, ensure, error };
}
