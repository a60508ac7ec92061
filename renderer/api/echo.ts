import type { MethodName } from '../../shared/contract';

/**
 * A write's own `data:changed` echo. A write whose answer already brings some reads up to date (a statement action
 * answers the statement) expects one change event for its incident; that event, whichever arrives first, does not
 * fetch those reads again. Taking a peer's event for ours by mistake is safe: ours still comes and, not absorbed,
 * refreshes everything it names; a write refused after absorbing one gives its reads back to be fetched.
 */
export interface Echo {
  incidentId: string;
  /** Reads (by method) the write's answer refreshes. */
  covers: readonly MethodName[];
  absorbed: boolean;
}

const pending = new Set<Echo>();

/** A write whose own event never comes (it changed nothing) must not hide a later peer's change for long. */
const ECHO_WAIT_MS = 2_000;

export function expectEcho(incidentId: string, covers: readonly MethodName[]): Echo {
  const echo: Echo = { incidentId, covers, absorbed: false };
  if (covers.length > 0) pending.add(echo);
  return echo;
}

/** Called for each `data:changed`: the reads it need not fetch again because a write of ours answered them. */
export function absorbEcho(incidentId: string): readonly MethodName[] {
  for (const echo of pending) {
    if (echo.incidentId !== incidentId || echo.absorbed) continue;
    echo.absorbed = true;
    pending.delete(echo);
    return echo.covers;
  }
  return [];
}

/** The write answered: refused, it gives back what an absorbed event skipped; done, its echo may still come, briefly. */
export function settleEcho(echo: Echo, succeeded: boolean): readonly MethodName[] {
  if (!succeeded) {
    pending.delete(echo);
    return echo.absorbed ? echo.covers : [];
  }
  if (pending.has(echo)) setTimeout(() => pending.delete(echo), ECHO_WAIT_MS);
  return [];
}

/** Events sent while the link was down are gone; the console reads everything again, so no echo is owed. */
export function forgetEchoes(): void {
  pending.clear();
}
