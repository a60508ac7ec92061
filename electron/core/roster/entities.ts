import { z } from 'zod';
import { instantSchema, idSchema } from '../../../shared/domain/ids';
import { personFieldsSchema, roleFieldsSchema } from '../../../shared/domain/roster';
import type { JsonValue } from '../../../shared/domain/op';
import { roleKindLabels, roleKinds } from '../../../shared/rules/permissions';
import type { EntityDef } from '../ops/entities';
import { describeFields, textOf } from '../log/describe';
import { pinHashSchema } from './pin';

const roleLabels: Record<string, string> = { name: 'name', reportsTo: 'reports to', decides: 'decides', cadenceMinutes: 'update every (minutes)' };
const personLabels: Record<string, string> = { name: 'name', agency: 'agency', contact: 'contact', languages: 'languages' };
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
};

/** "Post update": a role reporting in on its cadence. Append-only, like everything in the log. */
export const checkInEntity: EntityDef = {
  name: 'checkIn',
  table: 'check_ins',
  mode: 'append',
  fields: { roleId: 'text', note: 'text' },
  schema: z.object({ roleId: idSchema, note: z.string().max(2000) }),
  describe: (op) => `Update posted${op.fields.note ? `: ${textOf(op.fields.note)}` : ''}`,
};

export const rosterEntities = [personEntity, roleEntity, assignmentEntity, checkInEntity] as const;
