import { z } from 'zod';
import { roleKinds } from '../rules/permissions';
import { actorKinds, actorStatuses } from './actor';
import { idSchema, instantSchema } from './ids';
import { escalationOutlooks, incidentKinds, securityRiskLevels } from './incident';
import { hlcSchema } from './op';
import { priorityVisibilities } from './priority';
import { taskStatuses } from './task';

/**
 * The ICS forms EOCs exchange (201 briefing, 202 objectives, 203 organisation, 214 activity log), each read live
 * from the records: nothing in a form is typed twice. Every form is cut at the newest op this console holds of the
 * incident (`asOf`), and its "prepared at" is that op's time, never this console's clock, so a form prints the same
 * on every console holding the same ops.
 */
const cut = {
  incidentId: idSchema,
  asOf: hlcSchema,
  preparedAt: instantSchema,
  incidentName: z.string(),
};

export const formPersonSchema = z.object({ personId: idSchema, name: z.string(), agency: z.string() });
export type FormPerson = z.infer<typeof formPersonSchema>;

/** Who signs the form: their name and the roles ("positions") they held over the form's span. */
export const preparedBySchema = z.object({ personId: idSchema, name: z.string(), positions: z.array(z.string()) });
export type PreparedBy = z.infer<typeof preparedBySchema>;

/** Box 2 of every form: the operational period, from its start to its planned end (and when it closed, if it did). */
export const formPeriodSchema = z.object({
  id: idSchema,
  number: z.number().int(),
  from: instantSchema,
  to: instantSchema,
  closedAt: instantSchema.nullable(),
});
export type FormPeriod = z.infer<typeof formPeriodSchema>;

const commandEmphasisSchema = z.object({
  securityRiskLevel: z.enum(securityRiskLevels),
  securityRiskNote: z.string(),
  escalationOutlook: z.enum(escalationOutlooks),
});

/** People holding roles of one kind (the positions of ICS 203), or one role's holders (the organisation of ICS 201). */
const postedSchema = formPersonSchema.extend({ roleId: idSchema, roleName: z.string() });
export type Posted = z.infer<typeof postedSchema>;

export const ics201Schema = z.object({
  ...cut,
  incident: commandEmphasisSchema.extend({ kind: z.enum(incidentKinds), startedAt: instantSchema, areaDescription: z.string() }),
  period: formPeriodSchema.nullable(),
  /** The incident's priorities in the commander's rank order. */
  objectives: z.array(z.object({ id: idSchema, title: z.string(), visibility: z.enum(priorityVisibilities) })),
  /** Tasks not done, those under way first; `total` counts them all where the form lists the first ones. */
  actions: z.object({
    items: z.array(
      z.object({
        id: idSchema,
        title: z.string(),
        status: z.enum(taskStatuses),
        ownerName: z.string().nullable(),
        dueAt: instantSchema.nullable(),
        priorityTitle: z.string().nullable(),
      }),
    ),
    total: z.number().int(),
  }),
  organisation: z.array(z.object({ roleId: idSchema, roleName: z.string(), kind: z.enum(roleKinds), holders: z.array(formPersonSchema) })),
  /** Actors on the ground by kind, each kind's count in every status. */
  resources: z.array(
    z.object({ kind: z.enum(actorKinds), total: z.number().int(), byStatus: z.array(z.object({ status: z.enum(actorStatuses), count: z.number().int() })) }),
  ),
  preparedBy: preparedBySchema,
});
export type Ics201 = z.infer<typeof ics201Schema>;

export const ics202Schema = z.object({
  ...cut,
  period: formPeriodSchema,
  /** The period's objectives: the priorities it was started on, in the order it names them. */
  objectives: z.array(z.object({ id: idSchema, title: z.string() })),
  commandEmphasis: commandEmphasisSchema,
  situationalAwareness: z.object({
    areaDescription: z.string(),
    /** What the outgoing lead of the period before told this one. */
    previousHandover: z.object({ periodNumber: z.number().int(), note: z.string() }).nullable(),
  }),
  /** The period's lead. */
  preparedBy: preparedBySchema,
  /** Whoever held an incident commander role during the period. */
  approvedBy: z.array(formPersonSchema),
});
export type Ics202 = z.infer<typeof ics202Schema>;

export const ics203Schema = z.object({
  ...cut,
  period: formPeriodSchema,
  /** Every kind of role in the guide's chain of command, in its order, with whoever held one during the period. */
  sections: z.array(z.object({ kind: z.enum(roleKinds), members: z.array(postedSchema) })),
  /** Actors still deployed, the agencies and organisations represented on the ground. */
  agencyRepresentatives: z.object({
    items: z.array(z.object({ id: idSchema, name: z.string(), kind: z.enum(actorKinds), role: z.string(), status: z.enum(actorStatuses) })),
    total: z.number().int(),
  }),
  preparedBy: preparedBySchema,
});
export type Ics203 = z.infer<typeof ics203Schema>;

/** At most this many activities print on one ICS 214; the form says how many more the log holds. */
export const ICS214_MAX_ROWS = 500;

export const ics214Schema = z.object({
  ...cut,
  period: formPeriodSchema,
  /** Whose log: one person, or everyone who held one role ("position") while they held it. */
  subject: z.object({
    personId: idSchema.nullable(),
    roleId: idSchema.nullable(),
    names: z.array(z.string()),
    positions: z.array(z.string()),
    agencies: z.array(z.string()),
  }),
  /** Oldest first: each op's time and its line in the log. */
  activities: z.array(z.object({ hlc: hlcSchema, at: instantSchema, authorName: z.string(), summary: z.string(), entity: z.string(), entityId: z.string() })),
  total: z.number().int(),
  preparedBy: preparedBySchema,
});
export type Ics214 = z.infer<typeof ics214Schema>;

export const ics201Input = z.object({ incidentId: idSchema, periodId: idSchema.optional() });
export const formPeriodInput = z.object({ periodId: idSchema });
export const ics214Input = z
  .object({ periodId: idSchema, personId: idSchema.optional(), roleId: idSchema.optional() })
  .refine((i) => (i.personId === undefined) !== (i.roleId === undefined), 'name either one person or one role');
