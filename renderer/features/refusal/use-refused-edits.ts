import type { MethodOutput } from '../../../shared/contract';
import { call } from '../../api/client';
import { useLive, type Live } from '../../components/use-live';

/** Rows per page of the full view: a refusal is rare, so one page nearly always holds all of them. */
export const REFUSAL_PAGE = 50;

/** A refusal arrives with a peer's ops of any kind, and a re-entry changes a row: every change of the incident counts. */
const everything = ['*'];

/** One page of the incident's refused edits, newest first, read again whenever anything in the incident changes. */
export function useRefusedEdits(offset: number, limit = REFUSAL_PAGE): Live<MethodOutput<'refusal:list'>> {
  return useLive((incidentId) => call('refusal:list', { incidentId, offset, limit }), everything, `${offset}:${limit}`);
}
