import { useEffect, useState } from 'react';
import type { StatementChannel, StatementPhase } from '../../../shared/domain/statement';
import type { Finding } from '../../../shared/rules/guidance/types';
import { useConcordQuery } from '../../api/query';

interface CheckRequest {
  incidentId: string;
  statementId: string;
  phase: StatementPhase;
  language: string;
  text: string;
  channels?: StatementChannel[];
}

/** The guidance check run while the drafter types, a moment after they pause, never on a stale text. */
export function useFindings(request: CheckRequest | null, delayMs = 300): Finding[] {
  const [asked, setAsked] = useState<CheckRequest | null>(null);
  // One string holds the whole request, so the effect re-runs exactly when any part of it changes.
  const key = request ? JSON.stringify(request) : '';
  useEffect(() => {
    if (!key) return setAsked(null);
    const timer = setTimeout(() => setAsked(JSON.parse(key) as CheckRequest), delayMs);
    return () => clearTimeout(timer);
  }, [key, delayMs]);
  const { data } = useConcordQuery('statement:check', key ? asked : null, { keepPrevious: true });
  return data?.findings ?? [];
}
