import type { Op } from '../../../shared/domain/op';
import { actionLabels, mayAct, type Action } from '../../../shared/rules/permissions';
import { ConcordError } from '../../../shared/result';
import type { Db } from '../db/open';
import { checkDecisionOp } from '../decisions/chain';
import type { OpGuard } from '../ops/op-log';
import { heldAmong, personName, tenuresOf, type Tenure } from './authority';
import { statementPermissionRules } from '../statements/permissions';

/** What an op needs: an action some role of its author grants, `null` for none, or the bootstrap of a new incident. */
type Need = Action | null | 'bootstrap';
type Rule = (op: Op, q: Queries) => Need;

interface Queries {
  exists(table: string, incidentId: string, id: string): boolean;
  incidentCreator(incidentId: string): string | null;
  hasAssignments(incidentId: string): boolean;
}

const refuse = (message: string): never => {
  throw new ConcordError('invalid_input', message);
};

/** Roster history must stay readable: who held which role when is what every later permission check reads. */
const noDelete = (op: Op, what: string) => op.action === 'delete' && refuse(`${what} stay on record: end or edit them instead`);

const rosterChange = (op: Op): Need => (op.action === 'add' ? 'bootstrap' : 'manageRoster');

/** Each entity's rule. An entity without one is refused: a new kind of record must say who may write it. */
const rules: Record<string, Rule> = {
  ...statementPermissionRules,
  // Opening an incident needs no role: its opener becomes its first commander in the same batch.
  incident: (op, q) => {
    if (op.action === 'add' && !q.exists('incidents', op.incidentId, op.entityId)) return null;
    if (op.action === 'delete') return 'manageRoster';
    // Which names statements must withhold (perpetrators, suspects) is the commander's call, not every editor's.
    return 'withheldNames' in op.fields ? 'withholdNames' : 'editSituation';
  },
  logNote: () => 'postUpdates',
  // Revoking a device (sync) is the commander's call.
  deviceRevocation: () => 'revokeDevices',
  priority: () => 'setPriorities',
  decision: (op, q) => {
    checkDecisionOp(op, (id) => q.exists('priorities', op.incidentId, id));
    return 'decide';
  },
  person: (op) => {
    noDelete(op, 'people');
    // Anyone may change their own PIN, observers included.
    if (op.action === 'set' && op.author === op.entityId && Object.keys(op.fields).every((f) => f === 'pinHash')) return null;
    return rosterChange(op);
  },
  role: (op) => {
    noDelete(op, 'roles');
    if (op.action === 'set' && 'kind' in op.fields) refuse('a role’s kind never changes: add a new role instead');
    return rosterChange(op);
  },
  assignment: (op, q) => {
    noDelete(op, 'assignments');
    if (op.action === 'set' && ('personId' in op.fields || 'roleId' in op.fields)) refuse('an assignment’s person and role never change: end it and assign again');
    if (op.action === 'set' && op.fields.endedAt === null) refuse('an ended assignment stays ended: assign again');
    if (op.action === 'add') {
      const { personId, roleId } = op.fields;
      if (typeof personId !== 'string' || !q.exists('people', op.incidentId, personId)) refuse('assign a person on this incident’s roster');
      if (typeof roleId !== 'string' || !q.exists('roles', op.incidentId, roleId)) refuse('assign to a role of this incident');
    }
    return rosterChange(op);
  },
  // Actors on the ground, protection needs, backlash reports and tasks: kept current by the leads and staff.
  actor: () => 'manageActors',
  actorCheckIn: () => 'manageActors',
  actorSettings: () => 'manageActors',
  protectionNeed: () => 'manageProtection',
  protectionMeasure: () => 'manageProtection',
  backlashReport: () => 'manageProtection',
  task: () => 'manageTasks',
  checkIn: (op, q) => {
    const { roleId } = op.fields;
    if (typeof roleId !== 'string' || !q.exists('roles', op.incidentId, roleId)) refuse('post an update for a role of this incident');
    return 'postUpdates';
  },
};

/**
 * The permission guard, run by the op log on every op it applies, written here or received from a peer: the
 * op's author must have held, at the op's HLC, a role that the permission table lets do what the op does.
 */
export function createPermissionGuard(db: Db, memo: Map<string, { name: string | null; tenures: Tenure[] }>): OpGuard {
  const q: Queries = {
    exists: (table, incidentId, id) => db.prepare(`SELECT 1 FROM ${table} WHERE id = ? AND incident_id = ?`).get(id, incidentId) !== undefined,
    incidentCreator: (incidentId) => (db.prepare('SELECT created_by FROM incidents WHERE id = ?').get(incidentId) as { created_by: string | null } | undefined)?.created_by ?? null,
    hasAssignments: (incidentId) => db.prepare('SELECT 1 FROM assignments WHERE incident_id = ? LIMIT 1').get(incidentId) !== undefined,
  };
  // A batch of a thousand ops usually has one or two authors: their names and tenures are read once per batch
  // (the op log's batch memo), and dropped after any op that changes who holds what.
  const authorOf = (op: Op) => {
    const key = `${op.incidentId}/${op.author}`;
    let found = memo.get(key);
    if (!found) {
      found = { name: personName(db, op.author), tenures: tenuresOf(db, op.incidentId, op.author) };
      memo.set(key, found);
    }
    return found;
  };
  const check = (op: Op): void => {
    const rule = rules[op.entity];
    if (!rule) throw new ConcordError('forbidden', `no permission rule covers ${op.entity} records`);
    const need = rule(op, q);
    if (need === null) return;
    // Until the first assignment exists, the incident's opener builds its first roster: roles, themself, their command.
    if (need === 'bootstrap' && !q.hasAssignments(op.incidentId) && q.incidentCreator(op.incidentId) === op.author) return;
    const action: Action = need === 'bootstrap' ? 'manageRoster' : need;
    const { name, tenures } = authorOf(op);
    if (name === null) throw new ConcordError('forbidden', `Sign in as a person on this incident’s roster to ${actionLabels[action]}.`);
    const held = heldAmong(tenures, op.hlc);
    const kinds = held.map((r) => r.kind);
    if (!mayAct(kinds, action)) throw new ConcordError('forbidden', `${name} holds no role that may ${actionLabels[action]}: ask the incident commander.`);
    // An update is posted by the role's holder, or logged for them by someone who manages the roster.
    if (op.entity === 'checkIn' && !mayAct(kinds, 'manageRoster') && !held.some((r) => r.id === op.fields.roleId)) {
      throw new ConcordError('forbidden', 'Post updates for a role you hold.');
    }
  };
  return (op) => {
    try {
      check(op);
    } finally {
      if (rosterEntities.has(op.entity)) memo.clear();
    }
  };
}

const rosterEntities = new Set(['person', 'role', 'assignment']);
