import { useQueries } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { MethodInput, MethodOutput } from '../../shared/contract';
import { useConsole } from '../store';
import { selectIncidentId } from '../store/ui-slice';
import { readQuery, type ReadMethod } from './query';

/** About two screenfuls of rows: a new filter's first answer carries, joins and parses no more than that. */
export const PAGE_SIZE = 50;

/** Reads that page: their input takes `offset` and `limit`, their answer counts every row there is. */
export type PagedMethod = {
  [M in ReadMethod]: MethodInput<M> extends { offset?: number; limit?: number } ? (MethodOutput<M> extends { total: number } ? M : never) : never;
}[ReadMethod];

export type PageInput<M extends PagedMethod> = Omit<MethodInput<M>, 'offset' | 'limit'>;

export interface PagedList<T> {
  total: number | null;
  item: (index: number) => T | undefined;
  /** Asks for the rows a virtual list is about to show; pages already cached or on their way are not asked again. */
  ensure: (start: number, end: number) => void;
  error: string | null;
}

interface Shown<T> {
  incidentId: string | null;
  total: number | null;
  byPage: ReadonlyMap<number, readonly T[]>;
}

const pageInput = <M extends PagedMethod>(input: PageInput<M>, page: number) => ({ ...input, offset: page * PAGE_SIZE, limit: PAGE_SIZE }) as MethodInput<M>;

/**
 * A long list read a page at a time from the core (sorted and filtered there), so the screen never holds 10,000
 * rows. Each page is one cached read keyed by its input, so a `data:changed` reads again only the pages in view.
 * A new filter keeps the rows on screen until its first page arrives, so typing in a search does not blank the
 * list between keys; another incident starts empty. Give the list's `VirtualRows` the same filter as `scrollKey`.
 */
export function useConcordPages<M extends PagedMethod, T>(method: M, input: PageInput<M> | null, rows: (answer: MethodOutput<M>) => readonly T[]): PagedList<T> {
  const openIncidentId = useConsole(selectIncidentId);
  const filter = JSON.stringify(input);
  const [inView, setInView] = useState({ filter, first: 0, last: 0 });
  const range = inView.filter === filter ? inView : { filter, first: 0, last: 0 };
  const pages = Array.from({ length: range.last - range.first + 1 }, (_, i) => range.first + i);
  const results = useQueries({
    queries:
      input === null
        ? []
        : pages.map((page) => readQuery(method, pageInput<M>(input, page), openIncidentId)),
  });
  const byPage = new Map<number, readonly T[]>();
  let total: number | null = null;
  let error: string | null = null;
  for (const [i, result] of results.entries()) {
    if (result.data) {
      byPage.set(pages[i] ?? i, rows(result.data));
      total = result.data.total;
    }
    error ??= result.error?.message ?? null;
  }
  // Until any page of this filter has come, the rows last shown stay (a new filter, or a jump far down the list).
  const fresh = results.some((result) => result.data !== undefined);
  const shown = useRef<Shown<T>>({ incidentId: null, total: null, byPage: new Map() });
  if (fresh) shown.current = { incidentId: openIncidentId, total, byPage };
  const view: Shown<T> = fresh ? shown.current : shown.current.incidentId === openIncidentId ? shown.current : { incidentId: null, total: null, byPage: new Map() };

  const ensure = useCallback(
    (start: number, end: number) => {
      const first = Math.floor(start / PAGE_SIZE);
      const last = Math.floor(Math.max(start, end) / PAGE_SIZE);
      setInView((prev) => (prev.filter === filter && prev.first === first && prev.last === last ? prev : { filter, first, last }));
    },
    [filter],
  );
  const item = useCallback((index: number) => view.byPage.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], [view]);
  return { total: view.total, item, ensure, error };
}
