import { z } from 'zod';
import { instantSchema, idSchema } from '../../../shared/domain/ids';
import { personFieldsSchema, roleFieldsSchema } from '../../../shared/domain/roster';
import type { JsonValue } from '../../../shared/domain/op';
import { roleKindLabels, roleKinds } from '../../../shared/rules/permissions';
import type { EntityDef } from '../ops/entities';
import type { Op } from '../../../shared/domain/op';
import { refuse } from '../ops/verdict';
import { describeFields, textOf } from '../log/describe';
import { pinHashSchema } from './pin';

const roleLabels: Record<string, string> = { name: 'name', reportsTo: 'reports to', decides: 'decides', cadenceMinutes: 'update every (minutes)' };
const personLabels: Record<string, string> = { name: 'name', agency: 'agency', contact: 'contact', languages: 'languages' };
/** Roster history must stay readable: who held which role when is what every later permission check reads. */
const noDelete = (op: Op, what: string) => op.action === 'delete' && refuse('invalid_input', `${what} stay on record: end or edit them instead`);

/** A change to a record that does not exist (yet) at this point of the order, or never did. */
const mustExist = (exists: boolean, what: string) => exists || refuse('not_found', `${what} is not in this incident`);

const kindLabel = (value: JsonValue | undefined): string => {
  const kind = roleKinds.find((k) => k === value);
  return kind ? roleKindLabels[kind] : textOf(value);
};

/** A person on the incident's roster. The PIN travels as a slow salted hash so they can sign in on any console. */
export const personEntity: EntityDef = {
  name: 'person',
  table: 'people',
  mode: 'lww',
  fields: { name: 'text', agency: 'text', contact: 'text', languages: 'json', pinHash: 'text' },
  schema: personFieldsSchema.extend({ pinHash: pinHashSchema.nullable() }),
  secretFields: ['pinHash'],
  describe: (op) => {
    if (op.action === 'add') return `Roster: added ${textOf(op.fields.name)}${op.fields.agency ? ` (${textOf(op.fields.agency)})` : ''}`;
    const { pinHash, ...rest } = op.fields;
    const parts = [Object.keys(rest).length > 0 ? describeFields(rest, personLabels) : '', pinHash !== undefined ? 'PIN changed' : ''];
    return `Roster: person ${parts.filter(Boolean).join('; ')}`;
  },
  rule: {
    need: (op, ledger, at) => {
      noDelete(op, 'people');
      if (op.action !== 'add') mustExist(ledger.personName(op.entityId, at) !== null, 'that person');
      // Anyone may change their own PIN, observers included.
      if (op.action === 'set' && op.author === op.entityId && Object.keys(op.fields).every((f) => f === 'pinHash')) return null;
      return op.action === 'add' ? 'bootstrap' : 'manageRoster';
    },
    record: (op, ledger, at) => ledger.addPerson(op.entityId, typeof op.fields.name === 'string' ? op.fields.name : undefined, at),
  },
};

/** A role in the chain of command. Its kind decides its permissions and never changes once the role exists. */
export const roleEntity: EntityDef = {
  name: 'role',
  table: 'roles',
  mode: 'lww',
  fields: { name: 'text', kind: 'text', reportsTo: 'text', decides: 'text', cadenceMinutes: 'number' },
  schema: roleFieldsSchema,
  describe: (op) =>
    op.action === 'add'
      ? `Chain of command: role “${textOf(op.fields.name)}” (${kindLabel(op.fields.kind)})`
      : `Chain of command: role ${describeFields(op.fields, roleLabels)}`,
  rule: {
    need: (op, ledger, at) => {
      noDelete(op, 'roles');
      if (op.action === 'set') {
        mustExist(ledger.roleAt(op.entityId, at) !== null, 'that role');
        if ('kind' in op.fields) refuse('invalid_input', 'a role’s kind never changes: add a new role instead');
      }
      return op.action === 'add' ? 'bootstrap' : 'manageRoster';
    },
    record: (op, ledger, at) => {
      const kind = roleKinds.find((k) => k === op.fields.kind);
      if (op.action === 'add' && kind) ledger.addRole(op.entityId, kind, at);
    },
  },
};

/** A person holding a role. It grants the role's permissions from its creation until it is ended. */
export const assignmentEntity: EntityDef = {
  name: 'assignment',
  table: 'assignments',
  mode: 'lww',
  fields: { personId: 'text', roleId: 'text', shiftStart: 'text', shiftEnd: 'text', endedAt: 'text' },
  schema: z.object({
    personId: idSchema,
    roleId: idSchema,
    shiftStart: instantSchema.nullable(),
    shiftEnd: instantSchema.nullable(),
    endedAt: instantSchema.nullable(),
  }),
  describe: (op) => {
    if (op.action === 'add') return 'Chain of command: assigned a person to a role';
    if (typeof op.fields.endedAt === 'string') return 'Chain of command: ended an assignment';
    return `Chain of command: shift ${describeFields(op.fields, { shiftStart: 'starts', shiftEnd: 'ends' })}`;
  },
  rule: {
    need: (op, ledger, at) => {
      noDelete(op, 'assignments');
      if (op.action === 'set') {
        mustExist(ledger.assignmentAt(op.entityId, at) !== null, 'that assignment');
        if ('personId' in op.fields || 'roleId' in op.fields) refuse('invalid_input', 'an assignment’s person and role never change: end it and assign again');
        if (op.fields.endedAt === null) refuse('invalid_input', 'an ended assignment stays ended: assign again');
      }
      if (op.action === 'add') {
        const { personId, roleId } = op.fields;
        if (typeof personId !== 'string' || ledger.personName(personId, at) === null) refuse('invalid_input', 'assign a person on this incident’s roster');
        if (typeof roleId !== 'string' || ledger.roleAt(roleId, at) === null) refuse('invalid_input', 'assign to a role of this incident');
      }
      return op.action === 'add' ? 'bootstrap' : 'manageRoster';
    },
    record: (op, ledger, at) => {
      if (op.action === 'add') ledger.addAssignment(op.entityId, textOf(op.fields.personId), textOf(op.fields.roleId), at);
      if (typeof op.fields.endedAt === 'string') ledger.endAssignment(op.entityId, at);
    },
  },
};

/** "Post update": a role reporting in on its cadence. Append-only, like everything in the log. */
export const checkInEntity: EntityDef = {
  name: 'checkIn',
  table: 'check_ins',
  mode: 'append',
  fields: { roleId: 'text', note: 'text' },
  schema: z.object({ roleId: idSchema, note: z.string().max(2000) }),
  describe: (op) => `Update posted${op.fields.note ? `: ${textOf(op.fields.note)}` : ''}`,
  rule: {
    need: (op, ledger, at) => {
      const { roleId } = op.fields;
      if (typeof roleId !== 'string' || ledger.roleAt(roleId, at) === null) refuse('invalid_input', 'post an update for a role of this incident');
      return 'postUpdates';
    },
  },
};

export const rosterEntities = [personEntity, roleEntity, assignmentEntity, checkInEntity] as const;
