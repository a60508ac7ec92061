import { z } from 'zod';
import { idSchema, instantSchema, nonEmptyText } from './ids';

/** The three phases of post-incident communication in the guide, and the updates that follow them. */
export const statementPhases = ['immediate-safety', 'first-official', 'direct-engagement', 'update'] as const;
export const statementPhaseSchema = z.enum(statementPhases);
export type StatementPhase = z.infer<typeof statementPhaseSchema>;

export const statementChannels = ['community-network', 'press', 'social', 'radio', 'sms', 'website'] as const;
export const statementChannelSchema = z.enum(statementChannels);
export type StatementChannel = z.infer<typeof statementChannelSchema>;

export const translationStatuses = ['needed', 'in-progress', 'done', 'checked'] as const;
export const translationStatusSchema = z.enum(translationStatuses);
export type TranslationStatus = z.infer<typeof translationStatusSchema>;

/** Ordered: a status is the highest one any signed transition reached (see shared/rules/statement-status.ts). */
export const statementStatuses = ['draft', 'in-review', 'approved', 'published', 'withdrawn'] as const;
export type StatementStatus = (typeof statementStatuses)[number];

export const transitionKinds = ['request-review', 'approve', 'publish', 'withdraw'] as const;
export const transitionKindSchema = z.enum(transitionKinds);
export type TransitionKind = z.infer<typeof transitionKindSchema>;

/** A BCP 47 language tag as people type it: "en", "ar", "pt-BR". */
export const languageSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language is a code such as en, ar or pt-BR')
  .overwrite((tag) => tag.toLowerCase());

export const statementTextSchema = z.string().max(20_000);

export const statementFieldsSchema = z.object({
  title: nonEmptyText(200),
  phase: statementPhaseSchema,
  audience: z.string().trim().max(500),
  channels: z.array(statementChannelSchema).max(statementChannels.length),
  signLanguage: z.boolean(),
  /** Minutes after publication by which the next public update is due. */
  updateIntervalMinutes: z.number().int().min(5).max(7 * 24 * 60),
  /** An earlier published statement this one updates (CAP msgType Update); empty when it follows none. */
  follows: z.union([idSchema, z.literal('')]),
});
export type StatementFields = z.infer<typeof statementFieldsSchema>;

export const statementVariantSchema = z.object({
  language: z.string(),
  translationStatus: translationStatusSchema,
  translator: z.string(),
  /** The newest revision of this language, or null before any text was saved. */
  currentRevisionId: z.string().nullable(),
  /** The revision of this language the newest approval names, if any. */
  approvedRevisionId: z.string().nullable(),
  changedSinceApproval: z.boolean(),
});
export type StatementVariant = z.infer<typeof statementVariantSchema>;

export const statementRevisionSchema = z.object({
  id: z.string(),
  language: z.string(),
  text: z.string(),
  /** sha256 of the canonical text (NFC, LF line ends, trimmed). */
  hash: z.string(),
  parentId: z.string(),
  authorId: z.string(),
  author: z.string(),
  at: instantSchema,
});
export type StatementRevision = z.infer<typeof statementRevisionSchema>;

export const statementApprovalSchema = z.object({
  id: z.string(),
  revisionId: z.string(),
  hash: z.string(),
  language: z.string(),
  approverId: z.string(),
  approver: z.string(),
  acknowledgedPerpetratorNames: z.boolean(),
  /** The approver saw that the text quotes an internal priority or task, and approved it with that in it. */
  acknowledgedInternal: z.boolean(),
  at: instantSchema,
});
export type StatementApproval = z.infer<typeof statementApprovalSchema>;

export const statementTransitionSchema = z.object({
  id: z.string(),
  kind: transitionKindSchema,
  author: z.string(),
  at: instantSchema,
  channels: z.array(statementChannelSchema),
  revisionIds: z.array(z.string()),
  note: z.string(),
});
export type StatementTransition = z.infer<typeof statementTransitionSchema>;

export const statementCommentSchema = z.object({
  id: z.string(),
  author: z.string(),
  at: instantSchema,
  language: z.string(),
  text: z.string(),
});
export type StatementComment = z.infer<typeof statementCommentSchema>;

export const statementSummarySchema = statementFieldsSchema.extend({
  id: idSchema,
  incidentId: idSchema,
  status: z.enum(statementStatuses),
  languages: z.array(z.string()),
  changedSinceApproval: z.boolean(),
  createdAt: instantSchema,
  publishedAt: instantSchema.nullable(),
});
export type StatementSummary = z.infer<typeof statementSummarySchema>;

export const statementDetailSchema = statementSummarySchema.extend({
  variants: z.array(statementVariantSchema),
  revisions: z.array(statementRevisionSchema),
  approvals: z.array(statementApprovalSchema),
  transitions: z.array(statementTransitionSchema),
  comments: z.array(statementCommentSchema),
});
export type StatementDetail = z.infer<typeof statementDetailSchema>;

export const statementCreateInput = statementFieldsSchema.partial({
  audience: true,
  channels: true,
  signLanguage: true,
  updateIntervalMinutes: true,
  follows: true,
}).extend({
  incidentId: idSchema,
  language: languageSchema.default('en'),
  text: statementTextSchema.default(''),
});

export const statementUpdateInput = z.object({
  id: idSchema,
  changes: statementFieldsSchema.partial().refine((c) => Object.keys(c).length > 0, 'no field to change'),
});

export const variantSetInput = z.object({
  statementId: idSchema,
  language: languageSchema,
  translationStatus: translationStatusSchema.optional(),
  translator: z.string().trim().max(200).optional(),
});

export const reviseInput = z.object({ statementId: idSchema, language: languageSchema, text: statementTextSchema });

export const approveInput = z.object({
  statementId: idSchema,
  revisionIds: z.array(idSchema).min(1).max(20),
  /** The approver has seen the perpetrator-name findings and approves the text with them in it. */
  acknowledgePerpetratorNames: z.boolean().default(false),
  /** The approver has seen the internal-priority findings and approves the text with them in it; no when absent. */
  acknowledgeInternal: z.boolean().optional(),
});

/** A transparency update drafted from what the console records as public, in one language. */
export const draftUpdateInput = z.object({ incidentId: idSchema, language: languageSchema.default('en') });

export const publishInput = z.object({
  statementId: idSchema,
  channels: z.array(statementChannelSchema).min(1).max(statementChannels.length),
  /** Languages to publish; every language with text when absent. */
  languages: z.array(languageSchema).min(1).max(20).optional(),
});

export const transitionNoteInput = z.object({ statementId: idSchema, note: z.string().trim().max(2000).default('') });

export const commentInput = z.object({ statementId: idSchema, language: z.union([languageSchema, z.literal('')]).default(''), text: nonEmptyText(4000) });

export const statementRef = z.object({ id: idSchema });
export const statementListInput = z.object({ incidentId: idSchema });

export const diffInput = z.object({ statementId: idSchema, from: idSchema, to: idSchema });
export const diffPartSchema = z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() });
export type DiffPart = z.infer<typeof diffPartSchema>;

export const exportFormats = ['text', 'cap', 'ics213'] as const;
/** `language` narrows plain text to one language (a print or a file per language); CAP and ICS 213 carry them all. */
export const exportInput = z.object({ statementId: idSchema, format: z.enum(exportFormats), language: languageSchema.optional() });
export const statementExportSchema = z.object({
  format: z.enum(exportFormats),
  filename: z.string(),
  mediaType: z.string(),
  content: z.string(),
});
export type StatementExport = z.infer<typeof statementExportSchema>;

/** When the next public update is due: the interval after the last published statement of the incident. */
export const publicCadenceSchema = z.object({
  lastPublishedAt: instantSchema.nullable(),
  intervalMinutes: z.number().int().nullable(),
  nextDueAt: instantSchema.nullable(),
});
export type PublicCadence = z.infer<typeof publicCadenceSchema>;
