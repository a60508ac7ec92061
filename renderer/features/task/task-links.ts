import { call } from '../../api/client';
import { useLive } from '../../components/use-live';

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
  const priorities = useLive((incidentId) => call('priority:list', { incidentId }), ['priority']);
  const roster = useLive((incidentId) => call('roster:get', { incidentId }), ['person']);
  const needs = useLive((incidentId) => call('protection:list', { incidentId, limit: 500, sort: 'name' }), ['protectionNeed']);
  const actors = useLive((incidentId) => call('actor:list', { incidentId, limit: 500, sort: 'name' }), ['actor']);
  return {
    priorities: (priorities.data ?? []).map((p, i) => ({ id: p.id, label: `${i + 1}. ${p.title}` })),
    people: (roster.data?.people ?? []).map((p) => ({ id: p.id, label: p.name })),
    needs: (needs.data?.needs ?? []).map((n) => ({ id: n.id, label: n.name })),
    actors: (actors.data?.actors ?? []).map((a) => ({ id: a.id, label: a.name })),
  };
}
