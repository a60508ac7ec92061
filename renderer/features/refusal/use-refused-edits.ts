import type { MethodOutput } from '../../../shared/contract';
import { useConcordQuery, useIncidentInput, type ConcordQuery } from '../../api/query';

/** Rows per page of the full view: a refusal is rare, so one page nearly always holds all of them. */
export const REFUSAL_PAGE = 50;

/** One page of the incident's refused edits, newest first: a refusal arrives with a peer's ops of any kind. */
export function useRefusedEdits(offset: number, limit = REFUSAL_PAGE): ConcordQuery<MethodOutput<'refusal:list'>> {
  return useConcordQuery('refusal:list', useIncidentInput({ offset, limit }));
}
