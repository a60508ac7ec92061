import { actionLabels, mayAct, type Action, type RoleKind } from '../../../../shared/rules/permissions';
import { endSpan, ledgerSlice, valueAt, within, type Authority, type AuthorKey, type Ledger, type Span } from '../../kernel/ops/ledger';
import type { Position } from '../../kernel/ops/position';

export interface RoleFact {
  id: string;
  kind: RoleKind;
  from: Position;
}

interface AssignmentFact extends Span {
  personId: string;
  roleId: string;
}

interface PinResetFact {
  personId: string;
  publicKey: string;
  author: string;
  from: Position;
  usedAt: Position | null;
}

/**
 * The roster as the judge reads it: people with the keys they sign with, proposed PIN resets, roles and who held
 * them when. Every question is asked at a position, so it depends only on the roster ops before it.
 */
export class RosterFacts {
  private readonly keys = new Map<string, [Position, AuthorKey][]>();
  private readonly pinResets = new Map<string, PinResetFact>();
  private readonly people = new Map<string, { from: Position; names: [Position, string][] }>();
  private readonly roles = new Map<string, RoleFact>();
  private readonly assignments = new Map<string, AssignmentFact>();
  private readonly assignmentsOf = new Map<string, AssignmentFact[]>();
  private firstAssignment: Position | null = null;

  personName(id: string, at: Position): string | null {
    const p = this.people.get(id);
    return p && p.from < at ? (valueAt(p.names, at) ?? null) : null;
  }

  keyAt(personId: string, at: Position): AuthorKey | null {
    return valueAt(this.keys.get(personId) ?? [], at) ?? null;
  }

  /** A reset of this person's PIN to this key, proposed before `at` by someone other than `notBy` and not yet used. */
  pinResetFor(personId: string, publicKey: string, notBy: string, at: Position): string | null {
    for (const [id, r] of this.pinResets) {
      if (r.personId === personId && r.publicKey === publicKey && r.author !== notBy && r.from < at && (r.usedAt === null || r.usedAt >= at)) return id;
    }
    return null;
  }

  pinReset(id: string, at: Position): PinResetFact | null {
    const r = this.pinResets.get(id);
    return r && r.from < at ? r : null;
  }

  roleAt(id: string, at: Position): RoleFact | null {
    const r = this.roles.get(id);
    return r && r.from < at ? r : null;
  }

  /** The roles a person holds at a position: assignments begun before it and not ended before it. */
  rolesHeld(personId: string, at: Position): RoleFact[] {
    const held: RoleFact[] = [];
    for (const a of this.assignmentsOf.get(personId) ?? []) {
      if (!within(a, at)) continue;
      const role = this.roleAt(a.roleId, at);
      if (role) held.push(role);
    }
    return held;
  }

  assignmentAt(id: string, at: Position): AssignmentFact | null {
    const a = this.assignments.get(id);
    return a && a.from < at ? a : null;
  }

  /** Whom an assignment assigns, wherever it sorts: what a re-judge needs to know whose authority it touched. */
  personOfAssignment(id: string): string | null {
    return this.assignments.get(id)?.personId ?? null;
  }

  hasAssignments(at: Position): boolean {
    return this.firstAssignment !== null && this.firstAssignment < at;
  }

  // --- recorded by the roster's entities as their valid ops are judged, in position order ---

  setKey(personId: string, key: AuthorKey, at: Position): void {
    this.keys.set(personId, [...(this.keys.get(personId) ?? []), [at, key]]);
  }

  addPinReset(id: string, reset: Omit<PinResetFact, 'usedAt'>): void {
    if (!this.pinResets.has(id)) this.pinResets.set(id, { ...reset, usedAt: null });
  }

  usePinReset(id: string, at: Position): void {
    const r = this.pinResets.get(id);
    if (r && r.usedAt === null) r.usedAt = at;
  }

  addPerson(id: string, name: string | undefined, at: Position): void {
    const p = this.people.get(id) ?? { from: at, names: [] };
    this.people.set(id, p);
    if (name !== undefined) p.names.push([at, name]);
  }

  addRole(id: string, kind: RoleKind, at: Position): void {
    if (!this.roles.has(id)) this.roles.set(id, { id, kind, from: at });
  }

  addAssignment(id: string, personId: string, roleId: string, at: Position): void {
    if (this.assignments.has(id)) return;
    const a: AssignmentFact = { personId, roleId, from: at, until: null };
    this.assignments.set(id, a);
    this.assignmentsOf.set(personId, [...(this.assignmentsOf.get(personId) ?? []), a]);
    this.firstAssignment ??= at;
  }

  endAssignment(id: string, at: Position): void {
    endSpan(this.assignments.get(id), at);
  }
}

export const rosterFacts = ledgerSlice(() => new RosterFacts());

/** Whoever opened the incident, from its opening: they found its roster, and sign with the key its id derives from. */
export interface Founder {
  creator: string;
  creatorKey: string;
  from: Position;
}

/**
 * The judge's questions about an author, answered from the roster. The incident's opener signs its first ops and
 * builds its first roles, themself and their command before their person record or any assignment exists: until
 * then, theirs is the key the incident's id was derived from, and the roster is theirs to build.
 */
export function rosterAuthority(ledger: Ledger, founder: () => Founder | null): Authority {
  const roster = ledger.facts(rosterFacts);
  const mayAt = (author: string, action: Action, at: Position): boolean =>
    mayAct(
      roster.rolesHeld(author, at).map((r) => r.kind),
      action,
    );
  return {
    forbids: (author, action, at) => {
      const name = roster.personName(author, at);
      if (name === null) return `Sign in as a person on this incident’s roster to ${actionLabels[action]}.`;
      return mayAt(author, action, at) ? null : `${name} holds no role that may ${actionLabels[action]}: ask the incident commander.`;
    },
    mayAt,
    signatureRefusal: (author, problem, deviceId, at) => {
      const name = roster.personName(author, at) ?? 'someone not on the roster';
      if (problem === 'provisional') return `${name} must set their own PIN before acting: the one they signed in with was set by someone else.`;
      const how = problem === 'unsigned' ? 'without their signature' : 'signed by a key that is not theirs';
      return `Written in ${name}’s name ${how} on console ${deviceId.slice(0, 8)}: only a person signed in with their own PIN acts as them.`;
    },
    keyAt: (author, at) => {
      const key = roster.keyAt(author, at);
      if (key) return key;
      const opened = founder();
      return opened && opened.creator === author && opened.from <= at ? { publicKey: opened.creatorKey, provisional: false } : null;
    },
    bootstraps: (author, at) => !roster.hasAssignments(at) && founder()?.creator === author,
  };
}
