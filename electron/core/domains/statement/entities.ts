import { z } from 'zod';
import { idSchema, instantSchema } from '../../../../shared/domain/ids';
import {
  statementChannelSchema,
  statementFieldsSchema,
  transitionKindSchema,
  translationStatusSchema,
} from '../../../../shared/domain/statement';
import { defineEntity, type EntityDef } from '../../kernel/ops/entities';
import { describeFields, textOf } from '../../kernel/ops/describe';
import { statementRules } from './rules';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const language = z.string().regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/);

const statementSchema = statementFieldsSchema.extend({ createdAt: instantSchema });

/** The statement itself: its metadata merges per field; its text and status live in the append-only records below. */
export const statementEntity = defineEntity({
  name: 'statement',
  table: 'statements',
  mode: 'lww',
  fields: {
    title: 'text',
    phase: 'text',
    audience: 'text',
    channels: 'json',
    signLanguage: 'bool',
    updateIntervalMinutes: 'number',
    follows: 'text',
    createdAt: 'text',
  },
  schema: statementSchema,
  describe: (op) =>
    op.action === 'add'
      ? `Statement drafted: “${textOf(op.fields.title)}”`
      : `Statement: ${describeFields(op.fields, { updateIntervalMinutes: 'public update interval (min)', signLanguage: 'sign language' })}`,
  rule: statementRules.statement,
});

const statementVariantSchema = z.object({ statementId: idSchema, language, translationStatus: translationStatusSchema, translator: z.string().max(200) });

/** One language of a statement. Its id is `<statement id>:<language>`, so two consoles adding it meet in one row. */
export const variantEntity = defineEntity({
  name: 'statementVariant',
  table: 'statement_variants',
  mode: 'lww',
  fields: { statementId: 'text', language: 'text', translationStatus: 'text', translator: 'text' },
  schema: statementVariantSchema,
  describe: (op) => `Statement language ${textOf(op.fields.language ?? op.entityId.split(':')[1] ?? '')}: ${describeFields(op.fields, { translationStatus: 'translation' })}`,
  rule: statementRules.statementVariant,
});

const statementRevisionSchema = z.object({ statementId: idSchema, language, text: z.string().max(20_000), hash: sha256, parentId: z.union([idSchema, z.literal('')]) });

/** Immutable text of one language; `hash` is sha256 of the canonical text, `parentId` the revision it was edited from. */
export const revisionEntity = defineEntity({
  name: 'statementRevision',
  table: 'statement_revisions',
  mode: 'append',
  fields: { statementId: 'text', language: 'text', text: 'text', hash: 'text', parentId: 'text' },
  schema: statementRevisionSchema,
  describe: (op) => `Statement text (${textOf(op.fields.language)}) revised, ${textOf(op.fields.hash).slice(0, 8)}`,
  rule: statementRules.statementRevision,
});

/** `acknowledgedInternal` is absent on approvals made before it existed, which acknowledged nothing internal. */
const statementApprovalSchema = z.object({
  statementId: idSchema,
  revisionId: idSchema,
  hash: sha256,
  language,
  acknowledgedPerpetratorNames: z.boolean(),
  acknowledgedInternal: z.boolean().default(false),
});

/** An approval names exactly one revision by id and content hash; the approver is the op's author. */
export const approvalEntity = defineEntity({
  name: 'statementApproval',
  table: 'statement_approvals',
  mode: 'append',
  fields: { statementId: 'text', revisionId: 'text', hash: 'text', language: 'text', acknowledgedPerpetratorNames: 'bool', acknowledgedInternal: 'bool' },
  schema: statementApprovalSchema,
  describe: (op) =>
    `Statement text (${textOf(op.fields.language)}) approved, ${textOf(op.fields.hash).slice(0, 8)}${op.fields.acknowledgedPerpetratorNames ? ', withheld names acknowledged' : ''}${op.fields.acknowledgedInternal ? ', internal priority or task acknowledged' : ''}`,
  rule: statementRules.statementApproval,
});

const statementTransitionSchema = z.object({
  statementId: idSchema,
  kind: transitionKindSchema,
  channels: z.array(statementChannelSchema),
  revisionIds: z.array(idSchema).max(20),
  note: z.string().max(2000),
});

/** The signed steps the status is derived from; see shared/rules/statement-status.ts. */
export const transitionEntity = defineEntity({
  name: 'statementTransition',
  table: 'statement_transitions',
  mode: 'append',
  fields: { statementId: 'text', kind: 'text', channels: 'json', revisionIds: 'json', note: 'text' },
  schema: statementTransitionSchema,
  describe: (op) => {
    const channels = Array.isArray(op.fields.channels) && op.fields.channels.length > 0 ? ` on ${op.fields.channels.map(textOf).join(', ')}` : '';
    const done: Record<string, string> = { 'request-review': 'sent for review', approve: 'approved', publish: 'published', withdraw: 'withdrawn' };
    return `Statement ${done[textOf(op.fields.kind)] ?? textOf(op.fields.kind)}${channels}`;
  },
  rule: statementRules.statementTransition,
});

const statementCommentSchema = z.object({ statementId: idSchema, language: z.union([language, z.literal('')]), text: z.string().min(1).max(4000) });

export const commentEntity = defineEntity({
  name: 'statementComment',
  table: 'statement_comments',
  mode: 'append',
  fields: { statementId: 'text', language: 'text', text: 'text' },
  schema: statementCommentSchema,
  describe: (op) => `Comment on a statement: ${textOf(op.fields.text)}`,
  rule: statementRules.statementComment,
});

export const statementEntities: readonly EntityDef[] = [statementEntity, variantEntity, revisionEntity, approvalEntity, transitionEntity, commentEntity];

declare module '../../kernel/ops/entities' {
  interface EntityFields {
    statement: z.input<typeof statementSchema>;
    statementVariant: z.input<typeof statementVariantSchema>;
    statementRevision: z.input<typeof statementRevisionSchema>;
    statementApproval: z.input<typeof statementApprovalSchema>;
    statementTransition: z.input<typeof statementTransitionSchema>;
    statementComment: z.input<typeof statementCommentSchema>;
  }
}
