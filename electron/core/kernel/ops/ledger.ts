import type { RoleKind } from '../../../../shared/rules/permissions';
import type { Position } from './position';

/** Something that exists from one position in the order until another (or for good). */
interface Span {
  from: Position;
  until: Position | null;
}

const within = (span: Span, at: Position): boolean => span.from < at && (span.until === null || span.until > at);

/** The latest value set before `at` in a history kept in position order. */
function valueAt<T>(history: readonly (readonly [Position, T])[], at: Position): T | undefined {
  let found: T | undefined;
  for (const [pos, value] of history) {
    if (pos >= at) break;
    found = value;
  }
  return found;
}

export interface LedgerRole {
  id: string;
  kind: RoleKind;
  from: Position;
}

interface LedgerAssignment extends Span {
  personId: string;
  roleId: string;
}

/** A person's signing key from a point on; provisional when someone else set the PIN it is wrapped under. */
export interface LedgerKey {
  publicKey: string;
  provisional: boolean;
}

interface LedgerPinReset {
  personId: string;
  publicKey: string;
  author: string;
  from: Position;
  usedAt: Position | null;
}

export interface LedgerRevision {
  statementId: string;
  language: string;
  hash: string;
  author: string;
  text: string;
  from: Position;
}

/**
 * What the judge reads to decide whether an op takes effect: the records that give or take authority (who holds
 * which role, which devices are revoked) and those other records' rules point at (priorities for decisions,
 * statements, revisions and approvals for the two-person rule, the names statements must withhold). It holds only
 * valid ops, each with its position, and every question is asked "at" a position, so the answer depends only on
 * the ops before it in the order, never on when they arrived.
 */
export class Ledger {
  incident: { creator: string; creatorKey: string; from: Position } | null = null;
  private readonly keys = new Map<string, [Position, LedgerKey][]>();
  private readonly pinResets = new Map<string, LedgerPinReset>();
  private readonly people = new Map<string, { from: Position; names: [Position, string][] }>();
  private readonly roles = new Map<string, LedgerRole>();
  private readonly assignments = new Map<string, LedgerAssignment>();
  private readonly assignmentsOf = new Map<string, LedgerAssignment[]>();
  private firstAssignment: Position | null = null;
  /** Per revoked device, the last seq of its chain that takes effect. Not positional: a revocation cuts the chain. */
  private readonly cuts = new Map<string, number>();
  private readonly priorities = new Map<string, Span>();
  private readonly statements = new Map<string, Span & { phases: [Position, string][] }>();
  private readonly revisions = new Map<string, LedgerRevision>();
  private readonly approvals = new Map<string, { author: string; from: Position }[]>();
  private readonly withheld: [Position, string[]][] = [];

  // --- questions, each at a position ---

  incidentExists(at: Position): boolean {
    return this.incident !== null && this.incident.from < at;
  }

  personName(id: string, at: Position): string | null {
    const p = this.people.get(id);
    return p && p.from < at ? (valueAt(p.names, at) ?? null) : null;
  }

  /**
   * The key a person signs with at a position. The incident's opener signs its first ops before their person record
   * exists: until it does, theirs is the key the incident's id was derived from.
   */
  keyAt(personId: string, at: Position): LedgerKey | null {
    const key = valueAt(this.keys.get(personId) ?? [], at);
    if (key) return key;
    const opened = this.incident;
    return opened && opened.creator === personId && opened.from <= at ? { publicKey: opened.creatorKey, provisional: false } : null;
  }

  /** A reset of this person's PIN to this key, proposed before `at` by someone other than `notBy` and not yet used. */
  pinResetFor(personId: string, publicKey: string, notBy: string, at: Position): string | null {
    for (const [id, r] of this.pinResets) {
      if (r.personId === personId && r.publicKey === publicKey && r.author !== notBy && r.from < at && (r.usedAt === null || r.usedAt >= at)) return id;
    }
    return null;
  }

  pinReset(id: string, at: Position): LedgerPinReset | null {
    const r = this.pinResets.get(id);
    return r && r.from < at ? r : null;
  }

  roleAt(id: string, at: Position): LedgerRole | null {
    const r = this.roles.get(id);
    return r && r.from < at ? r : null;
  }

  /** The roles a person holds at a position: assignments begun before it and not ended before it. */
  rolesHeld(personId: string, at: Position): LedgerRole[] {
    const held: LedgerRole[] = [];
    for (const a of this.assignmentsOf.get(personId) ?? []) {
      if (!within(a, at)) continue;
      const role = this.roleAt(a.roleId, at);
      if (role) held.push(role);
    }
    return held;
  }

  assignmentAt(id: string, at: Position): LedgerAssignment | null {
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

  cutOf(deviceId: string): number | undefined {
    return this.cuts.get(deviceId);
  }

  priorityExists(id: string, at: Position): boolean {
    const p = this.priorities.get(id);
    return p !== undefined && within(p, at);
  }

  statementAt(id: string, at: Position): { phase: string } | null {
    const s = this.statements.get(id);
    if (!s || !within(s, at)) return null;
    return { phase: valueAt(s.phases, at) ?? '' };
  }

  revisionAt(id: string, at: Position): LedgerRevision | null {
    const r = this.revisions.get(id);
    return r && r.from < at ? r : null;
  }

  hasRevisions(statementId: string, at: Position): boolean {
    for (const r of this.revisions.values()) if (r.statementId === statementId && r.from < at) return true;
    return false;
  }

  /** An approval of the revision made before `at`, by `author` when given. */
  approved(revisionId: string, at: Position, author?: string): boolean {
    return (this.approvals.get(revisionId) ?? []).some((a) => a.from < at && (author === undefined || a.author === author));
  }

  withheldNames(at: Position): string[] {
    return valueAt(this.withheld, at) ?? [];
  }

  // --- facts, recorded by each entity's `record` as its valid ops are judged, in position order ---

  openIncident(creator: string, creatorKey: string, at: Position): void {
    this.incident ??= { creator, creatorKey, from: at };
  }

  setKey(personId: string, key: LedgerKey, at: Position): void {
    this.keys.set(personId, [...(this.keys.get(personId) ?? []), [at, key]]);
  }

  addPinReset(id: string, reset: Omit<LedgerPinReset, 'usedAt'>): void {
    if (!this.pinResets.has(id)) this.pinResets.set(id, { ...reset, usedAt: null });
  }

  usePinReset(id: string, at: Position): void {
    const r = this.pinResets.get(id);
    if (r && r.usedAt === null) r.usedAt = at;
  }

  setWithheldNames(names: string[], at: Position): void {
    this.withheld.push([at, names]);
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
    const a: LedgerAssignment = { personId, roleId, from: at, until: null };
    this.assignments.set(id, a);
    this.assignmentsOf.set(personId, [...(this.assignmentsOf.get(personId) ?? []), a]);
    this.firstAssignment ??= at;
  }

  /** The first end counts: an ended assignment stays ended. */
  endAssignment(id: string, at: Position): void {
    const a = this.assignments.get(id);
    if (a && a.until === null) a.until = at;
  }

  revoke(deviceId: string, lastSeq: number): void {
    this.cuts.set(deviceId, Math.min(lastSeq, this.cuts.get(deviceId) ?? Number.POSITIVE_INFINITY));
  }

  addPriority(id: string, at: Position): void {
    if (!this.priorities.has(id)) this.priorities.set(id, { from: at, until: null });
  }

  removePriority(id: string, at: Position): void {
    const p = this.priorities.get(id);
    if (p && p.until === null) p.until = at;
  }

  setStatement(id: string, phase: string | undefined, at: Position): void {
    const s = this.statements.get(id) ?? { from: at, until: null, phases: [] };
    this.statements.set(id, s);
    if (phase !== undefined) s.phases.push([at, phase]);
  }

  removeStatement(id: string, at: Position): void {
    const s = this.statements.get(id);
    if (s && s.until === null) s.until = at;
  }

  addRevision(id: string, revision: LedgerRevision): void {
    if (!this.revisions.has(id)) this.revisions.set(id, revision);
  }

  addApproval(revisionId: string, author: string, at: Position): void {
    this.approvals.set(revisionId, [...(this.approvals.get(revisionId) ?? []), { author, from: at }]);
  }

  // --- devices joining by invitation (sync/invitation.ts): kept apart, read only by the admission rule ---

  private readonly invitations = new Map<string, { expiresAt: number; from: Position }>();
  /** Per invitation, the first valid admission that used it, and whom it admitted: an invitation admits one device. */
  private readonly invitationUses = new Map<string, { at: Position; device: string }>();
  /** Per device, the place of its first valid admission. */
  private readonly admissions = new Map<string, Position>();

  invitationAt(id: string, at: Position): { expiresAt: number } | null {
    const i = this.invitations.get(id);
    return i && i.from < at ? { expiresAt: i.expiresAt } : null;
  }

  /** Whether an earlier admission used the invitation for another device (two consoles admitting the same one is no second use). */
  invitationUsedBefore(id: string, at: Position, deviceId: string): boolean {
    const used = this.invitationUses.get(id);
    return used !== undefined && used.at < at && used.device !== deviceId;
  }

  /**
   * Whether a device belongs to the incident at a place: it opened it or was admitted before. The opener is the
   * device in the position of the incident's opening (positions are `hlc|device|seq`).
   */
  memberAt(deviceId: string, at: Position): boolean {
    if (this.incident !== null && this.incident.from < at && this.incident.from.split('|')[1] === deviceId) return true;
    const admitted = this.admissions.get(deviceId);
    return admitted !== undefined && admitted < at;
  }

  addInvitation(id: string, expiresAt: number, at: Position): void {
    if (!this.invitations.has(id)) this.invitations.set(id, { expiresAt, from: at });
  }

  admitDevice(deviceId: string, invitationId: string, at: Position): void {
    if (!this.invitationUses.has(invitationId)) this.invitationUses.set(invitationId, { at, device: deviceId });
    if (!this.admissions.has(deviceId)) this.admissions.set(deviceId, at);
  }
}
