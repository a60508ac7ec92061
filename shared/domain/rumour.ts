import { z } from 'zod';
import { idSchema, instantSchema, nonEmptyText } from './ids';
import { countsSchema, pagingInput, textFilter } from './paging';
import { languageSchema } from './statement';

/** What verification found: a claim is unverified until someone names the source that settles it. */
export const rumourStatuses = ['unverified', 'true', 'false', 'misleading'] as const;
export type RumourStatus = (typeof rumourStatuses)[number];
/** Verdicts a correction can answer: a true claim needs none, an unverified one is not settled yet. */
export const correctableStatuses = ['false', 'misleading'] as const satisfies readonly RumourStatus[];
/** Claims the EOC still has to act on: not settled yet, or settled as false or misleading. */
export const openRumourStatuses = ['unverified', 'false', 'misleading'] as const satisfies readonly RumourStatus[];

/** A false element a correction must not repeat, such as a wrong name or "31 dead". */
const falsePhrase = nonEmptyText(120);

export const rumourFieldsSchema = z.object({
  claim: nonEmptyText(1000),
  firstSeenAt: instantSchema,
  /** The channel or place: "WhatsApp groups in Eastbrook", "outside the bus station". */
  firstSeenWhere: z.string().trim().max(300),
  /** Estimated people reached. */
  reach: z.number().int().min(0).max(1_000_000_000),
  /** Protection needs of the same incident: the communities the claim targets. */
  targetNeedIds: z.array(idSchema).max(20),
  status: z.enum(rumourStatuses),
  verificationSource: z.string().trim().max(500),
  /** The roster person who verified it: the signed-in operator, stamped by the core, never given as input. */
  verifiedBy: idSchema.nullable(),
  verifiedAt: instantSchema.nullable(),
  /** The verified facts a correction leads with. */
  facts: z.string().trim().max(2000),
  /** The exact false elements a statement must not repeat (read by the statements' guidance check). */
  falsePhrases: z.array(falsePhrase).max(20),
  ownerId: idSchema.nullable(),
  /** Statements that correct it. */
  correctionIds: z.array(idSchema).max(50),
});
export type RumourFields = z.infer<typeof rumourFieldsSchema>;

export const rumourSchema = rumourFieldsSchema.extend({ id: idSchema, incidentId: idSchema, createdAt: instantSchema });
export type Rumour = z.infer<typeof rumourSchema>;

/** What anyone recording or editing a claim may set; the verdict and its stamps go through `rumour:verify`. */
const editable = rumourFieldsSchema.pick({ claim: true, firstSeenAt: true, firstSeenWhere: true, reach: true, targetNeedIds: true, ownerId: true });

export const rumourCreateInput = editable
  .partial({ firstSeenWhere: true, reach: true, targetNeedIds: true, ownerId: true })
  .extend({ incidentId: idSchema });
export type RumourCreateInput = z.infer<typeof rumourCreateInput>;

export const rumourUpdateInput = z.object({
  id: idSchema,
  changes: editable.partial().refine((c) => Object.keys(c).length > 0, 'no field to change'),
});

/** The facts must not repeat a false element: they lead the correction, which must not spread what it corrects. */
export const repeatedPhrase = (facts: string, phrases: readonly string[]): string | undefined => {
  const text = facts.toLowerCase();
  return phrases.find((p) => p.trim() !== '' && text.includes(p.trim().toLowerCase()));
};

/** What verification found; `falsePhrases` left out keeps those recorded. */
export const rumourVerdictSchema = z.object({
  status: z.enum(rumourStatuses),
  source: z.string().trim().max(500),
  facts: z.string().trim().max(2000),
  falsePhrases: z.array(falsePhrase).max(20).optional(),
});

export const rumourVerifyInput = rumourVerdictSchema
  .extend({ id: idSchema })
  .refine((v) => v.status === 'unverified' || v.source !== '', { message: 'name the source that settles the claim', path: ['source'] })
  .refine((v) => !correctableStatuses.some((s) => s === v.status) || v.facts !== '', { message: 'a false or misleading claim needs the verified facts', path: ['facts'] })
  .refine((v) => repeatedPhrase(v.facts, v.falsePhrases ?? []) === undefined, { message: 'the facts repeat a false phrase: reword them', path: ['facts'] });

export const rumourSortKeys = ['reach', 'firstSeen', 'status'] as const;
export const rumourListInput = z.object({
  incidentId: idSchema,
  statuses: z.array(z.enum(rumourStatuses)).max(rumourStatuses.length).optional(),
  text: textFilter,
  sort: z.enum(rumourSortKeys).default('reach'),
  ...pagingInput,
});
export type RumourListInput = z.output<typeof rumourListInput>;
export const rumourListOutput = z.object({ rumours: z.array(rumourSchema), total: z.number().int() });

export const rumourOpenSchema = z.object({
  /** Unverified, false and misleading claims, largest reach first. */
  top: z.array(rumourSchema),
  /** How many claims are open (the `top` list is cut). */
  open: z.number().int(),
  byStatus: countsSchema,
});
export type RumourOpen = z.infer<typeof rumourOpenSchema>;

export const rumourPerDaySchema = z.array(
  z.object({ day: z.string(), unverified: z.number().int(), true: z.number().int(), false: z.number().int(), misleading: z.number().int() }),
);
export type RumourPerDay = z.infer<typeof rumourPerDaySchema>;

export const rumourCorrectInput = z.object({ id: idSchema, language: languageSchema.default('en') });
export const rumourCorrectOutput = z.object({ rumour: rumourSchema, statementId: idSchema });
