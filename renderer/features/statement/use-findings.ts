import { useEffect, useState } from 'react';
import type { StatementChannel, StatementPhase } from '../../../shared/domain/statement';
import type { Finding } from '../../../shared/rules/guidance/types';
import { call } from '../../api/client';

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
  const [findings, setFindings] = useState<Finding[]>([]);
  // One string holds the whole request, so the effect re-runs exactly when any part of it changes.
  const key = request ? JSON.stringify(request) : '';
  useEffect(() => {
    if (!key) return setFindings([]);
    const input = JSON.parse(key) as CheckRequest;
    let live = true;
    const timer = setTimeout(() => {
      void call('statement:check', input).then((result) => {
        if (live && result.ok) setFindings(result.value.findings);
      });
    }, delayMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key, delayMs]);
  return findings;
}
