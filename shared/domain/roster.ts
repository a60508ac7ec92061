import { z } from 'zod';
import { actions, LONG_PIN_MIN_DIGITS, PIN_MAX_DIGITS, PIN_MIN_DIGITS, roleKinds } from '../rules/permissions';
import { idSchema, instantSchema, nonEmptyText } from './ids';

export const roleKindSchema = z.enum(roleKinds);
export const actionSchema = z.enum(actions);

/**
 * Digits only, so it can be typed fast on any keyboard. It opens the person's signing key, whose wrap replicates:
 * whoever approves, commands or publishes needs a longer one (shared/rules/permissions.ts, `needsLongPin`).
 */
export const pinSchema = z
  .string()
  .regex(new RegExp(`^\\d{${PIN_MIN_DIGITS},${PIN_MAX_DIGITS}}$`), `a PIN is ${PIN_MIN_DIGITS} to ${PIN_MAX_DIGITS} digits`);
export const longPinSchema = z
  .string()
  .regex(
    new RegExp(`^\\d{${LONG_PIN_MIN_DIGITS},${PIN_MAX_DIGITS}}$`),
    `a PIN for someone who approves, commands or publishes is ${LONG_PIN_MIN_DIGITS} to ${PIN_MAX_DIGITS} digits`,
  );

export const personFieldsSchema = z.object({
  name: nonEmptyText(120),
  agency: z.string().trim().max(120),
  contact: z.string().trim().max(200),
  languages: z.array(nonEmptyText(40)).max(20),
});
export type PersonFields = z.infer<typeof personFieldsSchema>;

export const personSchema = personFieldsSchema.extend({
  id: idSchema,
  hasPin: z.boolean(),
  /** Their PIN was set by someone else: at their next sign-in they set their own before they can act. */
  mustSetPin: z.boolean(),
  pinDigits: z.number().int().nullable(),
  /** A reset of their PIN waiting for a second commander or approver (they approve or command). */
  pendingPinReset: z.object({ by: z.string(), byName: z.string() }).nullable(),
});
export type Person = z.infer<typeof personSchema>;

export const roleFieldsSchema = z.object({
  name: nonEmptyText(120),
  kind: roleKindSchema,
  /** The role this one reports to; null for the top of the tree. */
  reportsTo: idSchema.nullable(),
  /** What this role decides, in words: the hierarchy for decision-making the guide asks for. */
  decides: z.string().trim().max(500),
  /** How often the role reports, in minutes; null for a role that does not. */
  cadenceMinutes: z.number().int().min(1).max(1440).nullable(),
});
export type RoleFields = z.infer<typeof roleFieldsSchema>;

export const assignmentSchema = z.object({
  id: idSchema,
  personId: idSchema,
  personName: z.string(),
  roleId: idSchema,
  /** The planned shift; a blank end is open-ended. Shifts say who is on duty, not who holds the role. */
  shiftStart: instantSchema.nullable(),
  shiftEnd: instantSchema.nullable(),
  startedAt: instantSchema,
  endedAt: instantSchema.nullable(),
  onShift: z.boolean(),
});
export type Assignment = z.infer<typeof assignmentSchema>;

export const checkInSchema = z.object({
  id: idSchema,
  roleId: idSchema,
  personId: z.string(),
  personName: z.string(),
  note: z.string(),
  at: instantSchema,
});
export type CheckIn = z.infer<typeof checkInSchema>;

export const rosterRoleSchema = roleFieldsSchema.extend({
  id: idSchema,
  assignments: z.array(assignmentSchema),
  lastCheckIn: checkInSchema.nullable(),
  /** When this role's next update is due: only for a staffed role with a cadence. */
  nextUpdateDue: instantSchema.nullable(),
  overdue: z.boolean(),
});
export type RosterRole = z.infer<typeof rosterRoleSchema>;

export const rosterSchema = z.object({
  incidentId: idSchema,
  /** The console's clock when the roster was read: due times are compared with it, not with the screen's clock. */
  now: instantSchema,
  roles: z.array(rosterRoleSchema),
  people: z.array(personSchema),
  /** People currently assigned to a spokesperson role: exactly one is what the guide asks for. */
  spokespersons: z.array(idSchema),
});
export type Roster = z.infer<typeof rosterSchema>;

export const operatorSchema = z.object({
  incidentId: idSchema,
  personId: idSchema,
  name: z.string(),
  roles: z.array(z.object({ id: idSchema, name: z.string(), kind: roleKindSchema })),
  actions: z.array(actionSchema),
  /** Signed in with a PIN someone else set: nothing they do takes effect until they set their own. */
  mustSetPin: z.boolean(),
});
export type Operator = z.infer<typeof operatorSchema>;

const inIncident = { incidentId: idSchema };

export const rosterInputs = {
  get: z.object(inIncident),
  addPerson: personFieldsSchema
    .partial({ agency: true, contact: true, languages: true })
    .extend({ ...inIncident, pin: pinSchema.optional() }),
  updatePerson: z.object({
    ...inIncident,
    id: idSchema,
    changes: personFieldsSchema.partial().refine((c) => Object.keys(c).length > 0, 'no field to change'),
  }),
  setPin: z.object({ ...inIncident, personId: idSchema, pin: pinSchema }),
  confirmPinReset: z.object({ ...inIncident, personId: idSchema }),
  setOwnPin: z.object({ ...inIncident, currentPin: z.string().min(1).max(64), newPin: pinSchema }),
  addRole: roleFieldsSchema.partial({ decides: true, cadenceMinutes: true, reportsTo: true }).extend(inIncident),
  updateRole: z.object({
    ...inIncident,
    id: idSchema,
    changes: roleFieldsSchema
      .omit({ kind: true })
      .partial()
      .refine((c) => Object.keys(c).length > 0, 'no field to change'),
  }),
  assign: z.object({
    ...inIncident,
    personId: idSchema,
    roleId: idSchema,
    shiftStart: instantSchema.nullable().default(null),
    shiftEnd: instantSchema.nullable().default(null),
  }),
  endAssignment: z.object({ ...inIncident, id: idSchema }),
  checkIn: z.object({ ...inIncident, roleId: idSchema, note: z.string().trim().max(2000).default('') }),
};

export const signInInput = z.object({ incidentId: idSchema, personId: idSchema, pin: z.string().min(1).max(64) });

/** The first incident commander: whoever opens the incident, with the PIN they will sign in with. */
export const commanderInput = z.object({
  name: nonEmptyText(120),
  agency: z.string().trim().max(120).default(''),
  contact: z.string().trim().max(200).default(''),
  pin: longPinSchema,
});
