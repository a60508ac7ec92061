import { ledgerSlice, valueAt } from '../../kernel/ops/ledger';
import type { Position } from '../../kernel/ops/position';

/** The incident as other rules read it: its opening (who, with which key, where in the order) and the names withheld. */
export class IncidentFacts {
  opening: { creator: string; creatorKey: string; from: Position } | null = null;
  private readonly withheld: [Position, string[]][] = [];

  exists(at: Position): boolean {
    return this.opening !== null && this.opening.from < at;
  }

  /** Whether the console opened the incident before `at`: the device in the position of the opening (`hlc|device|seq`). */
  openedOn(deviceId: string, at: Position): boolean {
    return this.exists(at) && this.opening?.from.split('|')[1] === deviceId;
  }

  withheldNames(at: Position): string[] {
    return valueAt(this.withheld, at) ?? [];
  }

  open(creator: string, creatorKey: string, at: Position): void {
    this.opening ??= { creator, creatorKey, from: at };
  }

  setWithheldNames(names: string[], at: Position): void {
    this.withheld.push([at, names]);
  }
}

export const incidentFacts = ledgerSlice(() => new IncidentFacts());
