import type { RequestStatus } from '../../../../shared/domain/request';
import { ledgerSlice, valueAt } from '../../kernel/ops/ledger';
import type { Position } from '../../kernel/ops/position';

interface RequestFact {
  incidentId: string;
  requestedBy: string;
  from: Position;
  /** Each status the request took, where it took effect, in position order (the judge records in that order). */
  statuses: [Position, RequestStatus][];
}

/**
 * What the judge knows of resource requests: who asked and which status each had at any place in the order, so a
 * step is judged against the status before it wherever the step is judged, and two consoles deciding the same
 * request at once end alike (the later in the order is refused).
 */
export class RequestFacts {
  private readonly requests = new Map<string, RequestFact>();

  at(id: string, at: Position): { incidentId: string; requestedBy: string; status: RequestStatus } | undefined {
    const r = this.requests.get(id);
    if (!r || r.from >= at) return undefined;
    const status = valueAt(r.statuses, at);
    return status === undefined ? undefined : { incidentId: r.incidentId, requestedBy: r.requestedBy, status };
  }

  add(id: string, incidentId: string, requestedBy: string, at: Position): void {
    if (!this.requests.has(id)) this.requests.set(id, { incidentId, requestedBy, from: at, statuses: [[at, 'requested']] });
  }

  step(id: string, status: RequestStatus, at: Position): void {
    this.requests.get(id)?.statuses.push([at, status]);
  }
}

export const requestFacts = ledgerSlice(() => new RequestFacts());
