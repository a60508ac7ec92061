import type { Action } from '../../../../shared/rules/permissions';
import type { Position } from './position';

/** Something that exists from one position in the order until another (or for good). */
export interface Span {
  from: Position;
  until: Position | null;
}

export const within = (span: Span, at: Position): boolean => span.from < at && (span.until === null || span.until > at);

/** Ends a span at `at`; the first end counts: what ended stays ended. */
export const endSpan = (span: Span | undefined, at: Position): void => {
  if (span && span.until === null) span.until = at;
};

/** The latest value set before `at` in a history kept in position order. */
export function valueAt<T>(history: readonly (readonly [Position, T])[], at: Position): T | undefined {
  let found: T | undefined;
  for (const [pos, value] of history) {
    if (pos >= at) break;
    found = value;
  }
  return found;
}

/** A key an author signs with from a point on; provisional when someone else set it: it signs nothing but its replacement. */
export interface AuthorKey {
  publicKey: string;
  provisional: boolean;
}

/** Why an op in its author's name is not theirs: signed by no one, by a key not theirs, or by one someone else set. */
export type SignatureProblem = 'unsigned' | 'notTheirs' | 'provisional';

/**
 * What the judge asks about an op's author at its place, whatever the op: what the permission table lets them do
 * and which key they sign with, and why not in words a refused edit shows. The domain that keeps who may act
 * answers it from its facts; rules ask it too.
 */
export interface Authority {
  /** Why the author may not do `action` at `at`, in words for the refused edit; null when a role they hold lets them. */
  forbids(author: string, action: Action, at: Position): string | null;
  /** Whether the author held, at `at`, a role the permission table lets do `action`. */
  mayAt(author: string, action: Action, at: Position): boolean;
  keyAt(author: string, at: Position): AuthorKey | null;
  /** Why an op in the author's name, written on console `deviceId`, does not count as theirs: words for the refused edit. */
  signatureRefusal(author: string, problem: SignatureProblem, deviceId: string, at: Position): string;
  /** Whether the author founds the incident's first roles at `at`: they may build them before anyone holds one. */
  bootstraps(author: string, at: Position): boolean;
}

/**
 * Per console whose chain was cut, the last seq of it that takes effect. Not positional: a cut holds wherever the
 * op that made it sorts, so every op past it is refused, whatever its clock says.
 */
export interface Cuts {
  cutOf(deviceId: string): number | undefined;
  /** Every console with a cut, in no particular order. */
  cutDevices(): Iterable<string>;
}

/** How the judge finds its answers in a ledger: the app wires it from the domains that record them. */
export interface Trust {
  authority(ledger: Ledger): Authority;
  cuts(ledger: Ledger): Cuts;
}

/** One domain's facts in every ledger: made empty with each ledger, filled by that domain's `record` rules. */
export interface LedgerSlice<T> {
  readonly index: number;
  create(): T;
}

let slices = 0;

/** Declares a kind of facts, once per module: `ledger.facts(slice)` then holds one `create()` per ledger. */
export const ledgerSlice = <T>(create: () => T): LedgerSlice<T> => ({ index: slices++, create });

/**
 * What the judge reads to decide whether an op takes effect: facts recorded from the valid ops that give or take
 * authority or that other rules point at, each domain's in its own slice. Each fact is kept with its position and
 * every question is asked "at" a position, so the answer depends only on the ops before it in the order, never on
 * when they arrived. The judge builds a new one whenever it judges the past again, so a slice is made lazily and
 * holds plain maps.
 */
export class Ledger {
  private readonly slots: unknown[] = [];
  readonly authority: Authority;
  readonly cuts: Cuts;

  constructor(trust: Trust) {
    this.authority = trust.authority(this);
    this.cuts = trust.cuts(this);
  }

  facts<T>(slice: LedgerSlice<T>): T {
    return (this.slots[slice.index] ??= slice.create()) as T;
  }
}
