import { useConcordQuery, useIncidentInput } from '../../api/query';

export interface Option {
  id: string;
  label: string;
}

export interface TaskLinkOptions {
  priorities: Option[];
  people: Option[];
  needs: Option[];
  actors: Option[];
}

/** What a task may point at, read once per change: the priorities in order, the roster, needs and actors. */
export function useTaskLinkOptions(): TaskLinkOptions {
  const priorities = useConcordQuery('priority:list', useIncidentInput({}));
  const roster = useConcordQuery('roster:get', useIncidentInput({}));
  const needs = useConcordQuery('protection:list', useIncidentInput({ limit: 500, sort: 'name' as const }));
  const actors = useConcordQuery('actor:list', useIncidentInput({ limit: 500, sort: 'name' as const }));
  return {
    priorities: (priorities.data ?? []).map((p, i) => ({ id: p.id, label: `${i + 1}. ${p.title}` })),
    people: (roster.data?.people ?? []).map((p) => ({ id: p.id, label: p.name })),
    needs: (needs.data?.needs ?? []).map((n) => ({ id: n.id, label: n.name })),
    actors: (actors.data?.actors ?? []).map((a) => ({ id: a.id, label: a.name })),
  };
}
