import { z } from 'zod';
import { idSchema } from '../domain/ids';
import {
  approveInput,
  commentInput,
  diffInput,
  diffPartSchema,
  draftUpdateInput,
  exportInput,
  languageSchema,
  publicCadenceSchema,
  publishInput,
  reviseInput,
  statementChannelSchema,
  statementCreateInput,
  statementDetailSchema,
  statementExportSchema,
  statementListInput,
  statementPhaseSchema,
  statementRef,
  statementSummarySchema,
  statementTextSchema,
  statementUpdateInput,
  transitionNoteInput,
  variantSetInput,
} from '../domain/statement';
import { findingSchema } from '../rules/guidance/types';
import { method } from './define';

/** A statement's status and its public-update cadence are derived from its revisions, approvals and transitions. */
const statementReads = ['statement', 'statementVariant', 'statementRevision', 'statementApproval', 'statementTransition', 'statementComment'] as const;

export const statementCheckInput = z.object({
  incidentId: idSchema,
  phase: statementPhaseSchema,
  language: languageSchema,
  text: statementTextSchema,
  /** The statement being drafted: its other languages count for `missing-language-variant`. */
  statementId: idSchema.optional(),
  /** Channels of a publication being prepared, for `community-network-first`. */
  channels: z.array(statementChannelSchema).optional(),
});

export const statementMethods = {
  'statement:list': method(statementListInput, z.array(statementSummarySchema), 'The statements of an incident, newest first, with derived status.', { reads: statementReads }),
  'statement:get': method(statementRef, statementDetailSchema, 'One statement with its variants, revisions, approvals, transitions and comments.', { reads: statementReads }),
  'statement:create': method(statementCreateInput, statementDetailSchema, 'Start a draft statement, optionally with its first text.'),
  'statement:update': method(statementUpdateInput, statementDetailSchema, 'Change phase, audience, channels, sign-language flag or update interval.'),
  'statement:setVariant': method(variantSetInput, statementDetailSchema, 'Add a language variant or change its translation status or translator.'),
  'statement:revise': method(reviseInput, statementDetailSchema, 'Save a language’s text as a new immutable revision.'),
  'statement:comment': method(commentInput, statementDetailSchema, 'Comment on a statement.'),
  'statement:requestReview': method(transitionNoteInput, statementDetailSchema, 'Ask an approver to review the current revisions.'),
  'statement:approve': method(approveInput, statementDetailSchema, 'Approve named revisions (two-person rule; perpetrator names need acknowledging).'),
  'statement:publish': method(publishInput, statementDetailSchema, 'Publish approved current revisions on channels.'),
  'statement:withdraw': method(transitionNoteInput, statementDetailSchema, 'Withdraw a statement; its status never moves back.'),
  'statement:diff': method(diffInput, z.object({ parts: z.array(diffPartSchema) }), 'Word-level diff between two revisions.', { reads: ['statementRevision'] }),
  'statement:check': method(statementCheckInput, z.object({ findings: z.array(findingSchema) }), 'Run the guidance check on a text.', { reads: ['statementVariant', 'statementRevision', 'protectionNeed', 'priority', 'task', 'rumour'] }),
  'statement:draftUpdate': method(draftUpdateInput, statementDetailSchema, 'Draft a transparency update from public priorities, public tasks and publishable decisions.'),
  'statement:export': method(exportInput, statementExportSchema, 'Plain text, CAP 1.2 or ICS 213 of the approved revisions, as content.', { reads: statementReads }),
  'statement:cadence': method(statementListInput, publicCadenceSchema, 'When the next public update is due.', { reads: statementReads }),
};
