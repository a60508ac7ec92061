import type { z } from 'zod';
import type {
  approveInput,
  commentInput,
  publishInput,
  reviseInput,
  StatementDetail,
  StatementFields,
  statementCreateInput,
  TransitionKind,
  transitionNoteInput,
  variantSetInput,
} from '../../../../shared/domain/statement';
import { ConcordError } from '../../../../shared/result';
import { getIncident } from '../incident';
import { changedFields, type Change } from '../../kernel/ops/change';
import type { EntityFields } from '../../kernel/ops/entities';
import { requireInIncident } from '../../kernel/query/links';
import type { Workspace } from '../../kernel/store/workspace';
import { canonicalText, textHash } from './canonical-text';
import { blockingFindings, internalTitles } from './guidance';
import { currentRevisions, readStatement, revisionsOf } from './read';
import { newId } from '../../kernel/ops/ids';

type In<S extends z.ZodType> = z.output<S>;

const defaults = { audience: 'Everyone in the city', channels: [], signLanguage: false, updateIntervalMinutes: 60, follows: '' } satisfies Partial<EntityFields['statement']>;

const commit = (ws: Workspace, incidentId: string, changes: Change[]): void => {
  ws.ops.commit(incidentId, ws.author(), changes);
};

/** A statement follows (updates) an earlier one of its own incident, never another incident's. */
const checkFollows = (ws: Workspace, incidentId: string, follows: string | undefined): void => {
  if (follows) requireInIncident(ws, 'statement', incidentId, follows, 'statement');
};

const variantId = (statementId: string, language: string): string => `${statementId}:${language}`;

/** The changes that save a language's text as a new revision, or none when the text is what is already current. */
function revisionChanges(ws: Workspace, statementId: string, language: string, text: string, withVariant: boolean): Change[] {
  const current = currentRevisions(revisionsOf(ws.db, statementId)).get(language);
  const canonical = canonicalText(text);
  if (current ? current.text === canonical : canonical === '') return [];
  const variant: Change[] = withVariant
    ? [{ entity: 'statementVariant', entityId: variantId(statementId, language), action: 'add', fields: { statementId, language, translationStatus: 'in-progress', translator: '' } }]
    : [];
  return [
    ...variant,
    {
      entity: 'statementRevision',
      entityId: newId(),
      action: 'add',
      fields: { statementId, language, text: canonical, hash: textHash(canonical), parentId: current?.id ?? '' },
    },
  ];
}

/**
 * The changes that start a draft (the statement, its first language and that language's text, and a comment for its
 * drafters when `note` is given) and the new statement's id. Committed together they are one whole draft; another domain may add its own changes to the same
 * commit (a rumour links the correction it starts), so a draft is never left without its link, nor a link without it.
 */
export function draftChanges(ws: Workspace, input: In<typeof statementCreateInput>, note?: string): { statementId: string; changes: Change[] } {
  getIncident(ws, input.incidentId);
  checkFollows(ws, input.incidentId, input.follows);
  const id = newId();
  const { incidentId: _incident, language, text, ...fields } = input;
  const statement = { ...defaults, ...fields, createdAt: new Date(ws.clock.now()).toISOString() } satisfies EntityFields['statement'];
  const variant: Change = {
    entity: 'statementVariant',
    entityId: variantId(id, language),
    action: 'add',
    fields: { statementId: id, language, translationStatus: 'in-progress', translator: '' },
  };
  const comment: Change[] = note ? [{ entity: 'statementComment', entityId: newId(), action: 'add', fields: { statementId: id, language: '', text: note } }] : [];
  return { statementId: id, changes: [{ entity: 'statement', entityId: id, action: 'add', fields: statement }, variant, ...revisionChanges(ws, id, language, text, false), ...comment] };
}

export function createStatement(ws: Workspace, input: In<typeof statementCreateInput>): StatementDetail {
  const draft = draftChanges(ws, input);
  commit(ws, input.incidentId, draft.changes);
  return readStatement(ws, draft.statementId);
}

export function updateStatement(ws: Workspace, id: string, changes: Partial<StatementFields>): StatementDetail {
  const current = readStatement(ws, id);
  const changed = changedFields(current, changes);
  checkFollows(ws, current.incidentId, changes.follows);
  if (Object.keys(changed).length > 0) commit(ws, current.incidentId, [{ entity: 'statement', entityId: id, action: 'set', fields: changed }]);
  return readStatement(ws, id);
}

export function setVariant(ws: Workspace, input: In<typeof variantSetInput>): StatementDetail {
  const statement = readStatement(ws, input.statementId);
  const exists = statement.variants.some((v) => v.language === input.language);
  const given: Partial<EntityFields['statementVariant']> = {};
  if (input.translationStatus !== undefined) given.translationStatus = input.translationStatus;
  if (input.translator !== undefined) given.translator = input.translator;
  const entityId = variantId(input.statementId, input.language);
  if (!exists) {
    const fields = { statementId: input.statementId, language: input.language, translationStatus: 'needed' as const, translator: '', ...given };
    commit(ws, statement.incidentId, [{ entity: 'statementVariant', entityId, action: 'add', fields }]);
  } else if (Object.keys(given).length > 0) {
    commit(ws, statement.incidentId, [{ entity: 'statementVariant', entityId, action: 'set', fields: given }]);
  }
  return readStatement(ws, input.statementId);
}

const settled = (s: StatementDetail, verb: string): void => {
  if (s.status === 'withdrawn') throw new ConcordError('conflict', `this statement was withdrawn: it cannot be ${verb}`);
};

export function revise(ws: Workspace, input: In<typeof reviseInput>): StatementDetail {
  const statement = readStatement(ws, input.statementId);
  settled(statement, 'edited');
  if (statement.status === 'published') throw new ConcordError('conflict', 'this statement was published: write an update as a new statement');
  const hasVariant = statement.variants.some((v) => v.language === input.language);
  commit(ws, statement.incidentId, revisionChanges(ws, input.statementId, input.language, input.text, !hasVariant));
  return readStatement(ws, input.statementId);
}

export function comment(ws: Workspace, input: In<typeof commentInput>): StatementDetail {
  const statement = readStatement(ws, input.statementId);
  commit(ws, statement.incidentId, [{ entity: 'statementComment', entityId: newId(), action: 'add', fields: { ...input } }]);
  return readStatement(ws, input.statementId);
}

const transition = (statementId: string, kind: TransitionKind, extra: Partial<Pick<EntityFields['statementTransition'], 'channels' | 'revisionIds' | 'note'>> = {}): Change => ({
  entity: 'statementTransition',
  entityId: newId(),
  action: 'add',
  fields: { statementId, kind, channels: extra.channels ?? [], revisionIds: extra.revisionIds ?? [], note: extra.note ?? '' },
});

export function requestReview(ws: Workspace, input: In<typeof transitionNoteInput>): StatementDetail {
  const statement = readStatement(ws, input.statementId);
  settled(statement, 'reviewed');
  commit(ws, statement.incidentId, [transition(input.statementId, 'request-review', { note: input.note })]);
  return readStatement(ws, input.statementId);
}

/** One approval per named revision, then the approve transition, in one signed batch: all of it or none. */
export function approve(ws: Workspace, input: In<typeof approveInput>): StatementDetail {
  const statement = readStatement(ws, input.statementId);
  settled(statement, 'approved');
  const acknowledgedInternal = input.acknowledgeInternal ?? false;
  // The judge sees internal priorities only; the titles of tasks not public are checked here, against today's.
  const internal = acknowledgedInternal ? [] : internalTitles(ws, statement.incidentId);
  const approvals: Change[] = input.revisionIds.map((revisionId) => {
    const revision = statement.revisions.find((r) => r.id === revisionId);
    if (!revision) throw new ConcordError('not_found', `no revision ${revisionId} of this statement`);
    if (revision.authorId === ws.authorId()) throw new ConcordError('forbidden', 'two-person rule: you wrote this text, so someone else must approve it');
    const quoted = blockingFindings(statement.phase, revision.language, revision.text, [], internal).find((f) => f.rule === 'internal-priority-disclosed');
    if (quoted) throw new ConcordError('forbidden', `the ${revision.language} text quotes something internal (“${revision.text.slice(quoted.start, quoted.end)}”): acknowledge it to approve`);
    return {
      entity: 'statementApproval',
      entityId: newId(),
      action: 'add',
      fields: { statementId: input.statementId, revisionId, hash: revision.hash, language: revision.language, acknowledgedPerpetratorNames: input.acknowledgePerpetratorNames, acknowledgedInternal },
    };
  });
  commit(ws, statement.incidentId, [...approvals, transition(input.statementId, 'approve', { revisionIds: input.revisionIds })]);
  return readStatement(ws, input.statementId);
}

/** Publishes the current revision of each language; the op-log check refuses any that is not approved. */
export function publish(ws: Workspace, input: In<typeof publishInput>): StatementDetail {
  const statement = readStatement(ws, input.statementId);
  settled(statement, 'published');
  const languages = input.languages ?? statement.variants.filter((v) => v.currentRevisionId).map((v) => v.language);
  const revisionIds = languages.map((language) => {
    const variant = statement.variants.find((v) => v.language === language);
    if (!variant?.currentRevisionId) throw new ConcordError('invalid_input', `there is no ${language} text to publish`);
    if (variant.approvedRevisionId !== variant.currentRevisionId) {
      throw new ConcordError('forbidden', `the ${language} text ${variant.changedSinceApproval ? 'changed since approval' : 'is not approved'}: it needs an approval first`);
    }
    return variant.currentRevisionId;
  });
  if (revisionIds.length === 0) throw new ConcordError('invalid_input', 'there is no text to publish');
  commit(ws, statement.incidentId, [transition(input.statementId, 'publish', { channels: input.channels, revisionIds })]);
  return readStatement(ws, input.statementId);
}

export function withdraw(ws: Workspace, input: In<typeof transitionNoteInput>): StatementDetail {
  const statement = readStatement(ws, input.statementId);
  settled(statement, 'withdrawn again');
  commit(ws, statement.incidentId, [transition(input.statementId, 'withdraw', { note: input.note })]);
  return readStatement(ws, input.statementId);
}
