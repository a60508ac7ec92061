import type { Action } from '../../../../shared/rules/permissions';
import { ledgerSlice } from '../../kernel/ops/ledger';
import type { Position } from '../../kernel/ops/position';

interface PeriodFact {
  incidentId: string;
  number: number;
  from: Position;
  /** Where the first non-empty handover note and the first report of the period took effect. */
  handover: Position | null;
  reported: Position | null;
  closed: Position | null;
  /** Who led the period from where: its lead at the start, then each change of lead, in order. */
  leads: { personId: string; from: Position }[];
}

const before = (pos: Position | null, at: Position): boolean => pos !== null && pos < at;

/**
 * What the judge knows of periods: how many each incident has, and whether a period had its handover note and its
 * report before it closed. The sitrep domain records its reports here (it depends on this domain, never the reverse).
 */
export class PeriodFacts {
  private readonly periods = new Map<string, PeriodFact>();

  /** How many periods the incident had started before `at`. */
  count(incidentId: string, at: Position): number {
    let n = 0;
    for (const p of this.periods.values()) if (p.incidentId === incidentId && p.from < at) n += 1;
    return n;
  }

  get(id: string, at: Position): PeriodFact | undefined {
    const p = this.periods.get(id);
    return p && p.from < at ? p : undefined;
  }

  hasHandover = (id: string, at: Position): boolean => before(this.periods.get(id)?.handover ?? null, at);
  hasReport = (id: string, at: Position): boolean => before(this.periods.get(id)?.reported ?? null, at);
  isClosed = (id: string, at: Position): boolean => before(this.periods.get(id)?.closed ?? null, at);

  /** Who led the period at `at`: the person whose handover note and report are theirs to write. */
  leadAt(id: string, at: Position): string | undefined {
    return this.periods.get(id)?.leads.findLast((l) => l.from < at)?.personId;
  }

  /**
   * What closing out a period (its handover note, its report) needs of `author` at `at`: its own lead, whatever
   * their role, needs only the right to post updates (the guide's shift lead may be a liaison); anyone else needs the
   * right to edit the situation, as starting a period does.
   */
  closeOutNeed(id: string, author: string, at: Position): Action {
    return this.leadAt(id, at) === author ? 'postUpdates' : 'editSituation';
  }

  start(id: string, incidentId: string, number: number, leadId: string, at: Position): void {
    if (!this.periods.has(id)) this.periods.set(id, { incidentId, number, from: at, handover: null, reported: null, closed: null, leads: [{ personId: leadId, from: at }] });
  }

  lead(id: string, personId: string, at: Position): void {
    this.periods.get(id)?.leads.push({ personId, from: at });
  }

  noteHandover(id: string, at: Position): void {
    const p = this.periods.get(id);
    if (p) p.handover ??= at;
  }

  noteReport(id: string, at: Position): void {
    const p = this.periods.get(id);
    if (p) p.reported ??= at;
  }

  close(id: string, at: Position): void {
    const p = this.periods.get(id);
    if (p) p.closed ??= at;
  }
}

export const periodFacts = ledgerSlice(() => new PeriodFacts());
