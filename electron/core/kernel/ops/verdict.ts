import type { Op } from '../../../../shared/domain/op';
import { actionLabels, type Action } from '../../../../shared/rules/permissions';
import { ConcordError, type ErrorCode } from '../../../../shared/result';
import type { EntityDef } from './entities';
import type { Ledger } from './ledger';
import { positionOf, type Position } from './position';

/** Why an authentic op does not take effect: kept with the op, listed as a refused edit, hashed with the state. */
export interface Refusal {
  code: ErrorCode;
  reason: string;
}

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
  const { authority } = ledger;
  if (need === 'bootstrap' && authority.bootstraps(op.author, at)) return null;
  const action: Action = need === 'bootstrap' ? 'manageRoster' : need;
  const name = authority.nameAt(op.author, at);
  if (name === null) return { code: 'forbidden', reason: `Sign in as a person on this incident’s roster to ${actionLabels[action]}.` };
  if (!authority.mayAt(op.author, action, at)) return { code: 'forbidden', reason: `${name} holds no role that may ${actionLabels[action]}: ask the incident commander.` };
  return null;
}

/** Ops written with nobody signed in name the console, never a person: they claim no one's authority. */
const CONSOLE_AUTHOR_PREFIX = 'console:';

/** The author a console's own ops carry when no person writes them: nobody signed in, or the console itself acting. */
export const consoleAuthor = (deviceId: string): string => `${CONSOLE_AUTHOR_PREFIX}${deviceId.slice(0, 8)}`;

/**
 * Whether the person the op names as its author signed it, with the key they held at its place (or the key its
 * entity's rule names instead). The op log has checked that `authorKey` made the signature; here the key must be
 * theirs. A key someone else set (a PIN the commander gave them) signs nothing but its replacement: the person sets
 * their own PIN before they act.
 */
function authorshipRefusal(def: EntityDef, op: Op, ledger: Ledger, at: Position): Refusal | null {
  if (op.author.startsWith(CONSOLE_AUTHOR_PREFIX)) return null;
  const name = ledger.authority.nameAt(op.author, at) ?? 'someone not on the roster';
  const named = def.rule.signingKey?.(op, ledger, at);
  const key = named === undefined ? ledger.authority.keyAt(op.author, at) : { publicKey: named, provisional: false };
  if (!key || op.authorKey !== key.publicKey) {
    const how = op.authorKey === '' ? 'without their signature' : 'signed by a key that is not theirs';
    return { code: 'forbidden', reason: `Written in ${name}’s name ${how} on console ${op.deviceId.slice(0, 8)}: only a person signed in with their own PIN acts as them.` };
  }
  if (key.provisional && def.rule.replacesOwnKey?.(op) !== true) {
    return { code: 'forbidden', reason: `${name} must set their own PIN before acting: the one they signed in with was set by someone else.` };
  }
  return null;
}

/**
 * The verdict on one authentic op at its place in the order: null when it takes effect, else why not. A pure
 * function of the op and the ledger of the valid ops before it (and the revocations, which cut a chain at a seq
 * wherever the revocation itself sorts), so every console that holds the same ops gives the same verdicts.
 */
export function verdictOf(def: EntityDef, validate: (op: Op) => void, op: Op, ledger: Ledger): Refusal | null {
  const cut = ledger.cuts.cutOf(op.deviceId);
  if (cut !== undefined && op.seq > cut) return { code: 'forbidden', reason: 'its console was revoked from this incident before this edit' };
  const at = positionOf(op);
  try {
    validate(op);
    const refused = authorshipRefusal(def, op, ledger, at) ?? authorityRefusal(def, op, ledger, at);
    if (refused) return refused;
    def.rule.check?.(op, ledger, at);
    return null;
  } catch (error) {
    if (error instanceof ConcordError) return { code: error.code, reason: error.message };
    throw error;
  }
}
