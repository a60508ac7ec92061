import type { Op } from '../../../../shared/domain/op';
import type { RefusalKind } from '../../../../shared/domain/refusal';
import { ConcordError, type ErrorCode } from '../../../../shared/result';
import type { EntityDef } from './entities';
import type { Ledger, SignatureProblem } from './ledger';
import { positionOf, type Position } from './position';

/** Why an authentic op does not take effect: kept with the op, listed as a refused edit, hashed with the state. */
export interface Refusal {
  code: ErrorCode;
  /** Which check refused it: set here, where the check is known, so no reader parses the reason. */
  kind: RefusalKind;
  reason: string;
}

/** A rule of the record refused the op (it threw): every refusal that is not about who wrote it or from where. */
export const ruleRefusal = (error: ConcordError): Refusal => ({ code: error.code, kind: 'rule of the record', reason: error.message });

/** Throws the refusal a rule gives; the judge catches it and keeps it with the op. */
export const refuse = (code: ErrorCode, reason: string): never => {
  throw new ConcordError(code, reason);
};

/**
 * Whether the author may do what the op needs at its place. Answered, not thrown: a re-judge can refuse thousands of
 * ops at once, and an error per op (with its stack) would cost more than judging them.
 */
function authorityRefusal(def: EntityDef, op: Op, ledger: Ledger, at: Position): Refusal | null {
  const need = def.rule.need(op, ledger, at);
  if (need === null) return null;
  const reason = ledger.authority.forbids(op.author, need, at);
  return reason === null ? null : { code: 'forbidden', kind: 'no role', reason };
}

/** Ops written with nobody signed in name the console, never an author with a key: they claim no one's authority. */
const CONSOLE_AUTHOR_PREFIX = 'console:';

/** The author a console's own ops carry when no one signed in writes them, or the console itself acts. */
export const consoleAuthor = (deviceId: string): string => `${CONSOLE_AUTHOR_PREFIX}${deviceId.slice(0, 8)}`;

/**
 * Whether the author the op names signed it, with the key they held at its place (or the key its entity's rule
 * names instead). The op log has checked that `authorKey` made the signature; here the key must be theirs. A key
 * someone else set signs nothing but its replacement: its holder sets their own before they act.
 */
function authorshipRefusal(def: EntityDef, op: Op, ledger: Ledger, at: Position): Refusal | null {
  if (op.author.startsWith(CONSOLE_AUTHOR_PREFIX)) return null;
  const named = def.rule.signingKey?.(op, ledger, at);
  const key = named === undefined ? ledger.authority.keyAt(op.author, at) : { publicKey: named, provisional: false };
  let problem: SignatureProblem | null = null;
  if (!key || op.authorKey !== key.publicKey) problem = op.authorKey === '' ? 'unsigned' : 'notTheirs';
  else if (key.provisional && def.rule.replacesOwnKey?.(op) !== true) problem = 'provisional';
  return problem === null ? null : { code: 'forbidden', kind: 'not their signature', reason: ledger.authority.signatureRefusal(op.author, problem, op.deviceId, at) };
}

/** The refusal of every op past its console's cut. */
export const CUT_REFUSAL: Readonly<Refusal> = { code: 'forbidden', kind: 'revoked console', reason: 'its console was revoked from this incident before this edit' };

/**
 * The verdict on one authentic op at its place in the order: null when it takes effect, else why not. A pure
 * function of the op and the ledger of the valid ops before it (and the cuts, which cut a chain at a seq wherever
 * the op that made them sorts), so every console that holds the same ops gives the same verdicts.
 */
export function verdictOf(def: EntityDef, validate: (op: Op) => void, op: Op, ledger: Ledger): Refusal | null {
  const cut = ledger.cuts.cutOf(op.deviceId);
  if (cut !== undefined && op.seq > cut) return CUT_REFUSAL;
  const at = positionOf(op);
  try {
    validate(op);
    const refused = authorshipRefusal(def, op, ledger, at) ?? authorityRefusal(def, op, ledger, at);
    if (refused) return refused;
    def.rule.check?.(op, ledger, at);
    return null;
  } catch (error) {
    if (error instanceof ConcordError) return ruleRefusal(error);
    throw error;
  }
}
