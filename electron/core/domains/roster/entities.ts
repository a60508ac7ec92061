import { z } from 'zod';
import { instantSchema, idSchema } from '../../../../shared/domain/ids';
import { personFieldsSchema, roleFieldsSchema } from '../../../../shared/domain/roster';
import type { JsonValue } from '../../../../shared/domain/op';
import { approvesOrCommands, roleKindLabels, roleKinds, type Action } from '../../../../shared/rules/permissions';
import { defineEntity } from '../../kernel/ops/entities';
import type { Op } from '../../../../shared/domain/op';
import { refuse } from '../../kernel/ops/verdict';
import type { Ledger } from '../../kernel/ops/ledger';
import type { Position } from '../../kernel/ops/position';
import { describeFields, textOf } from '../../kernel/ops/describe';
import { keyWrapSchema, publicKeySchema } from './person-key';
import { rosterFacts } from './facts';

const roleLabels: Record<string, string> = { name: 'name', reportsTo: 'reports to', decides: 'decides', cadenceMinutes: 'update every (minutes)' };
const personLabels: Record<string, string> = { name: 'name', agency: 'agency', contact: 'contact', languages: 'languages' };
/** Roster history must stay readable: who held which role when is what every later permission check reads. */
const noDelete = (op: Op, what: string) => op.action === 'delete' && refuse('invalid_input', `${what} stay on record: end or edit them instead`);

/** Until the first assignment exists, the incident's opener builds its first roster: roles, themself, their command. */
const managesRoster = (op: Op, ledger: Ledger, at: Position): Action | null => (op.action === 'add' && ledger.authority.bootstraps(op.author, at) ? null : 'manageRoster');

/** A change to a record that does not exist (yet) at this point of the order, or never did. */
const mustExist = (exists: boolean, what: string) => exists || refuse('not_found', `${what} is not in this incident`);

const kindLabel = (value: JsonValue | undefined): string => {
  const kind = roleKinds.find((k) => k === value);
  return kind ? roleKindLabels[kind] : textOf(value);
};

/** The person fields that hold their signing key: what anyone may set for themselves, and no more. */
const KEY_FIELDS = ['publicKey', 'keyWrap', 'pinDigits', 'keySetBy'] as const;

const setsOwnKey = (op: Op): boolean =>
  op.action === 'set' && op.author === op.entityId && Object.keys(op.fields).every((f) => (KEY_FIELDS as readonly string[]).includes(f));

/** A person's signing key as the person record carries it: all four fields travel together. */
const keyFieldsSchema = {
  publicKey: publicKeySchema,
  keyWrap: keyWrapSchema,
  pinDigits: z.number().int().min(4).max(12),
  keySetBy: idSchema,
};

/**
 * A new key for a person: set by themselves, or by a roster manager (a reset, which leaves the key provisional).
 * Resetting the PIN of someone who approves or commands takes two people: one proposes it (a `pinReset`), another
 * sets it, so one commander alone can never take over an approver's signature.
 */
function checkKey(op: Op, ledger: Ledger, at: Position): void {
  const present = KEY_FIELDS.filter((f) => f in op.fields);
  if (present.length === 0) return;
  if (present.length !== KEY_FIELDS.length) refuse('invalid_input', 'a PIN change carries the key, its wrap, the PIN length and who set it together');
  if (op.fields.keySetBy !== op.author) refuse('invalid_input', 'a PIN change names who made it');
  if (op.author === op.entityId || op.action === 'add') return;
  const roster = ledger.facts(rosterFacts);
  const kinds = roster.rolesHeld(op.entityId, at).map((r) => r.kind);
  if (approvesOrCommands(kinds) && roster.pinResetFor(op.entityId, textOf(op.fields.publicKey), op.author, at) === null) {
    refuse('forbidden', 'Resetting the PIN of someone who approves or commands needs a second commander or approver: one proposes it, another confirms it.');
  }
}

const personSchema = personFieldsSchema.extend(keyFieldsSchema).partial({ publicKey: true, keyWrap: true, pinDigits: true, keySetBy: true });

/** A person on the incident's roster, with the key they sign with, wrapped under their PIN so they can sign in on any console. */
export const personEntity = defineEntity({
  name: 'person',
  table: 'people',
  mode: 'lww',
  fields: { name: 'text', agency: 'text', contact: 'text', languages: 'json', publicKey: 'text', keyWrap: 'text', pinDigits: 'number', keySetBy: 'text' },
  // A person may be added without a PIN (someone who will not sign in); checkKey keeps the four together.
  schema: personSchema,
  secretFields: ['keyWrap'],
  describe: (op) => {
    if (op.action === 'add') return `Roster: added ${textOf(op.fields.name)}${op.fields.agency ? ` (${textOf(op.fields.agency)})` : ''}`;
    const rest = Object.fromEntries(Object.entries(op.fields).filter(([f]) => !(KEY_FIELDS as readonly string[]).includes(f)));
    const pin = 'publicKey' in op.fields ? (op.author === op.entityId ? 'set their own PIN' : 'PIN reset') : '';
    const parts = [Object.keys(rest).length > 0 ? describeFields(rest, personLabels) : '', pin];
    return `Roster: person ${parts.filter(Boolean).join('; ')}`;
  },
  rule: {
    need: (op, ledger, at) => {
      noDelete(op, 'people');
      if (op.action !== 'add') mustExist(ledger.facts(rosterFacts).personName(op.entityId, at) !== null, 'that person');
      // Anyone sets their own PIN, observers included, and someone whose PIN was reset must before anything else.
      if (setsOwnKey(op)) return null;
      return managesRoster(op, ledger, at);
    },
    check: checkKey,
    replacesOwnKey: setsOwnKey,
    record: (op, ledger, at) => {
      const roster = ledger.facts(rosterFacts);
      roster.addPerson(op.entityId, typeof op.fields.name === 'string' ? op.fields.name : undefined, at);
      if (typeof op.fields.publicKey !== 'string') return;
      roster.setKey(op.entityId, { publicKey: op.fields.publicKey, provisional: op.author !== op.entityId }, at);
      const reset = roster.pinResetFor(op.entityId, op.fields.publicKey, op.author, at);
      if (reset) roster.usePinReset(reset, at);
    },
  },
});

const pinResetSchema = z.object({ personId: idSchema, ...keyFieldsSchema, confirmedBy: idSchema.nullable() }).omit({ keySetBy: true });

/**
 * A proposed reset of the PIN of someone who approves or commands: the new key, wrapped under the PIN the proposer
 * chose. It takes effect only when a second commander or approver confirms it (`confirmedBy`, with the person's key
 * set in the same commit).
 */
export const pinResetEntity = defineEntity({
  name: 'pinReset',
  table: 'pin_resets',
  mode: 'lww',
  fields: { personId: 'text', publicKey: 'text', keyWrap: 'text', pinDigits: 'number', confirmedBy: 'text' },
  schema: pinResetSchema,
  secretFields: ['keyWrap'],
  describe: (op) => (op.action === 'add' ? 'Roster: PIN reset proposed, waiting for a second commander or approver' : 'Roster: PIN reset confirmed'),
  rule: {
    need: (op, ledger, at) => {
      if (op.action === 'delete') refuse('invalid_input', 'a PIN reset stays on record');
      if (op.action === 'add') {
        mustExist(typeof op.fields.personId === 'string' && ledger.facts(rosterFacts).personName(op.fields.personId, at) !== null, 'that person');
        return 'manageRoster';
      }
      const reset = ledger.facts(rosterFacts).pinReset(op.entityId, at);
      if (!reset) return refuse('not_found', 'that PIN reset is not in this incident');
      if (Object.keys(op.fields).some((f) => f !== 'confirmedBy') || op.fields.confirmedBy !== op.author) refuse('invalid_input', 'a PIN reset is confirmed, never edited');
      if (reset.author === op.author || reset.personId === op.author) refuse('forbidden', 'a PIN reset is confirmed by someone other than who proposed it and whose PIN it is');
      return 'approveStatements';
    },
    record: (op, ledger, at) => {
      if (op.action !== 'add') return;
      ledger.facts(rosterFacts).addPinReset(op.entityId, { personId: textOf(op.fields.personId), publicKey: textOf(op.fields.publicKey), author: op.author, from: at });
    },
  },
});

/** A role in the chain of command. Its kind decides its permissions and never changes once the role exists. */
export const roleEntity = defineEntity({
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
        mustExist(ledger.facts(rosterFacts).roleAt(op.entityId, at) !== null, 'that role');
        if ('kind' in op.fields) refuse('invalid_input', 'a role’s kind never changes: add a new role instead');
      }
      return managesRoster(op, ledger, at);
    },
    record: (op, ledger, at) => {
      const kind = roleKinds.find((k) => k === op.fields.kind);
      if (op.action === 'add' && kind) ledger.facts(rosterFacts).addRole(op.entityId, kind, at);
    },
  },
});

const assignmentSchema = z.object({
  personId: idSchema,
  roleId: idSchema,
  shiftStart: instantSchema.nullable(),
  shiftEnd: instantSchema.nullable(),
  endedAt: instantSchema.nullable(),
});

/** A person holding a role. It grants the role's permissions from its creation until it is ended. */
export const assignmentEntity = defineEntity({
  name: 'assignment',
  table: 'assignments',
  mode: 'lww',
  fields: { personId: 'text', roleId: 'text', shiftStart: 'text', shiftEnd: 'text', endedAt: 'text' },
  schema: assignmentSchema,
  describe: (op) => {
    if (op.action === 'add') return 'Chain of command: assigned a person to a role';
    if (typeof op.fields.endedAt === 'string') return 'Chain of command: ended an assignment';
    return `Chain of command: shift ${describeFields(op.fields, { shiftStart: 'starts', shiftEnd: 'ends' })}`;
  },
  rule: {
    need: (op, ledger, at) => {
      noDelete(op, 'assignments');
      if (op.action === 'set') {
        mustExist(ledger.facts(rosterFacts).assignmentAt(op.entityId, at) !== null, 'that assignment');
        if ('personId' in op.fields || 'roleId' in op.fields) refuse('invalid_input', 'an assignment’s person and role never change: end it and assign again');
        if (op.fields.endedAt === null) refuse('invalid_input', 'an ended assignment stays ended: assign again');
      }
      if (op.action === 'add') {
        const { personId, roleId } = op.fields;
        if (typeof personId !== 'string' || ledger.facts(rosterFacts).personName(personId, at) === null) refuse('invalid_input', 'assign a person on this incident’s roster');
        if (typeof roleId !== 'string' || ledger.facts(rosterFacts).roleAt(roleId, at) === null) refuse('invalid_input', 'assign to a role of this incident');
      }
      return managesRoster(op, ledger, at);
    },
    record: (op, ledger, at) => {
      if (op.action === 'add') ledger.facts(rosterFacts).addAssignment(op.entityId, textOf(op.fields.personId), textOf(op.fields.roleId), at);
      if (typeof op.fields.endedAt === 'string') ledger.facts(rosterFacts).endAssignment(op.entityId, at);
    },
    // An assignment gives or takes only its person's roles: a late one changes the verdicts on their ops alone.
    affectsOnly: (op, before, after) =>
      after.facts(rosterFacts).personOfAssignment(op.entityId) ??
      before.facts(rosterFacts).personOfAssignment(op.entityId) ??
      (typeof op.fields.personId === 'string' ? op.fields.personId : null),
  },
});

const checkInSchema = z.object({ roleId: idSchema, note: z.string().max(2000) });

/** "Post update": a role reporting in on its cadence. Append-only, like everything in the log. */
export const checkInEntity = defineEntity({
  name: 'checkIn',
  table: 'check_ins',
  mode: 'append',
  fields: { roleId: 'text', note: 'text' },
  schema: checkInSchema,
  describe: (op) => `Update posted${op.fields.note ? `: ${textOf(op.fields.note)}` : ''}`,
  rule: {
    need: (op, ledger, at) => {
      const { roleId } = op.fields;
      if (typeof roleId !== 'string' || ledger.facts(rosterFacts).roleAt(roleId, at) === null) refuse('invalid_input', 'post an update for a role of this incident');
      return 'postUpdates';
    },
    // An update is posted by the role's holder, or logged for them by someone who manages the roster.
    check: (op, ledger, at) => {
      if (ledger.authority.mayAt(op.author, 'manageRoster', at)) return;
      if (!ledger.facts(rosterFacts).rolesHeld(op.author, at).some((r) => r.id === op.fields.roleId)) refuse('forbidden', 'Post updates for a role you hold.');
    },
  },
});

declare module '../../kernel/ops/entities' {
  interface EntityFields {
    person: z.input<typeof personSchema>;
    pinReset: z.input<typeof pinResetSchema>;
    role: z.input<typeof roleFieldsSchema>;
    assignment: z.input<typeof assignmentSchema>;
    checkIn: z.input<typeof checkInSchema>;
  }
}
