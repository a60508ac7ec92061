import { useCallback, useEffect, useRef, useState } from 'react';
import type { Result } from '../../shared/result';
import { useConsole } from '../store';
import { selectCurrent } from '../store/incidents-slice';
import { useGeneration } from './use-live';

/** About two screenfuls of rows: a new filter's first answer carries, joins and parses no more than that. */
export const PAGE_SIZE = 50;

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
 * 10,000 rows. A new filter (`key`) or a change to `entities` reads the pages in view again. Give the list's
 * `VirtualRows` the same `key` as `scrollKey`, so a new filter's rows start at the top.
 */
export function usePagedList<T>(fetch: (incidentId: string, offset: number, limit: number) => Promise<Result<Page<T>>>, entities: readonly string[], key: string): PagedList<T> {
  const incidentId = useConsole(selectCurrent)?.id;
  const generation = useGeneration(entities);
  const [pages, setPages] = useState<{ total: number | null; byPage: ReadonlyMap<number, T[]> }>({ total: null, byPage: new Map() });
  const [error, setError] = useState<string | null>(null);
  const asked = useRef(new Set<number>());
  const epoch = useRef(0);
  const visible = useRef<[number, number]>([0, 0]);
  /** The incident and filter whose pages are held or on their way; null before the first read. */
  const shown = useRef<{ incidentId: string | undefined; key: string } | null>(null);
  const replace = useRef(false);
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
        const fresh = replace.current;
        replace.current = false;
        setPages((prev) => ({ total: result.value.total, byPage: new Map(fresh ? [] : prev.byPage).set(page, result.value.items) }));
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

  // Another incident starts from an empty list. A new filter or a data change keeps the rows on screen until the
  // fresh ones arrive, so typing in a search does not blank the list (and draw it again) between keys; a new
  // filter's first answer then replaces every page held.
  useEffect(() => {
    const before = shown.current;
    // On mount the pages asked for are this list's already (the rows' own range asks first): not asked twice.
    if (before) {
      epoch.current++;
      asked.current = new Set();
      if (before.incidentId !== incidentId) setPages({ total: null, byPage: new Map() });
      else if (before.key !== key) replace.current = true;
    }
    shown.current = { incidentId, key };
    const [start, end] = visible.current;
    load(0);
    ensure(start, end);
  }, [key, incidentId, generation, load, ensure]);

  const item = useCallback((index: number) => pages.byPage.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], [pages]);
  return { total: pages.total, item, ensure, error };
}
