import type {
  StatementApproval,
  StatementComment,
  StatementDetail,
  StatementRevision,
  StatementSummary,
  StatementTransition,
  StatementVariant,
  TranslationStatus,
  TransitionKind,
} from '../../../../shared/domain/statement';
import { deriveStatus } from '../../../../shared/rules/statement-status';
import type { Db } from '../../kernel/db/open';
import { rowsOf } from '../../kernel/db/rows';
import { HybridClock } from '../../kernel/ops/hlc';
import { getIncident } from '../incident';
import { requireRow } from '../../kernel/query/links';
import { recordOf } from '../../kernel/query/records';
import { personName } from '../roster';
import type { Workspace } from '../../kernel/store/workspace';
import { statementEntity } from './entities';

/** Rows of the append-only statement tables carry the op's HLC, author and device. */
interface AppendRow {
  id: string;
  hlc: string;
  author: string;
  device_id: string;
}
export interface RevisionRow extends AppendRow {
  statement_id: string;
  language: string;
  text: string;
  hash: string;
  parent_id: string;
}
export interface ApprovalRow extends AppendRow {
  revision_id: string;
  hash: string;
  language: string;
  acknowledged_perpetrator_names: number;
  acknowledged_internal: number | null;
}
interface TransitionRow extends AppendRow {
  kind: TransitionKind;
  channels: string;
  revision_ids: string;
  note: string;
}
interface CommentRow extends AppendRow {
  language: string;
  text: string;
}
interface VariantRow {
  language: string;
  translation_status: TranslationStatus;
  translator: string | null;
}

/** Newest first by (HLC, device id): the order every console agrees on. */
const newestFirst = 'ORDER BY hlc DESC, device_id DESC';

export const revisionsOf = (db: Db, statementId: string): RevisionRow[] =>
  rowsOf<RevisionRow>(db, `SELECT * FROM statement_revisions WHERE statement_id = ? ${newestFirst}`).all(statementId);

export const approvalsOf = (db: Db, statementId: string): ApprovalRow[] =>
  rowsOf<ApprovalRow>(db, `SELECT * FROM statement_approvals WHERE statement_id = ? ${newestFirst}`).all(statementId);

const transitionsOf = (db: Db, statementId: string): TransitionRow[] =>
  rowsOf<TransitionRow>(db, `SELECT * FROM statement_transitions WHERE statement_id = ? ${newestFirst}`).all(statementId);

/**
 * The current revision of each language: the newest by (HLC, device id). Two consoles editing one language at
 * once both keep their revision; the newer one is current everywhere, and the other stays in the history.
 */
export function currentRevisions(revisions: readonly RevisionRow[]): Map<string, RevisionRow> {
  const current = new Map<string, RevisionRow>();
  for (const r of revisions) if (!current.has(r.language)) current.set(r.language, r);
  return current;
}

const at = (hlc: string) => HybridClock.toIso(hlc);

export function readStatement(ws: Workspace, id: string): StatementDetail {
  const db = ws.db;
  const row = requireRow(ws, 'statement', id, 'statement');
  const fields = recordOf(statementEntity, row);
  const name = (personId: string) => personName(db, personId) ?? personId;
  const revisions = revisionsOf(db, id);
  const approvals = approvalsOf(db, id);
  const transitions = transitionsOf(db, id);
  const current = currentRevisions(revisions);
  const variantRows = rowsOf<VariantRow>(db, 'SELECT * FROM statement_variants WHERE statement_id = ? AND deleted = 0 ORDER BY language').all(id);
  const languages = [...new Set([...variantRows.map((v) => v.language), ...current.keys()])].sort();
  const variants: StatementVariant[] = languages.map((language) => {
    const v = variantRows.find((r) => r.language === language);
    const currentId = current.get(language)?.id ?? null;
    const approvedIds = new Set(approvals.filter((a) => a.language === language).map((a) => a.revision_id));
    const approvedRevisionId = currentId && approvedIds.has(currentId) ? currentId : (approvals.find((a) => a.language === language)?.revision_id ?? null);
    return {
      language,
      translationStatus: v?.translation_status ?? 'needed',
      translator: v?.translator ?? '',
      currentRevisionId: currentId,
      approvedRevisionId,
      changedSinceApproval: approvedRevisionId !== null && approvedRevisionId !== currentId,
    };
  });
  const published = transitions.find((t) => t.kind === 'publish');
  const summary: StatementSummary = {
    ...fields,
    status: deriveStatus(transitions.map((t) => t.kind)),
    languages,
    changedSinceApproval: variants.some((v) => v.changedSinceApproval),
    publishedAt: published ? at(published.hlc) : null,
  };
  return {
    ...summary,
    variants,
    revisions: revisions.map(
      (r): StatementRevision => ({ id: r.id, language: r.language, text: r.text, hash: r.hash, parentId: r.parent_id, authorId: r.author, author: name(r.author), at: at(r.hlc) }),
    ),
    approvals: approvals.map(
      (a): StatementApproval => ({
        id: a.id,
        revisionId: a.revision_id,
        hash: a.hash,
        language: a.language,
        approverId: a.author,
        approver: name(a.author),
        acknowledgedPerpetratorNames: a.acknowledged_perpetrator_names === 1,
        acknowledgedInternal: a.acknowledged_internal === 1,
        at: at(a.hlc),
      }),
    ),
    transitions: transitions.map(
      (t): StatementTransition => ({
        id: t.id,
        kind: t.kind,
        author: name(t.author),
        at: at(t.hlc),
        channels: JSON.parse(t.channels) as StatementTransition['channels'],
        revisionIds: JSON.parse(t.revision_ids) as string[],
        note: t.note,
      }),
    ),
    comments: rowsOf<CommentRow>(db, `SELECT * FROM statement_comments WHERE statement_id = ? ${newestFirst}`).all(id).map(
      (c): StatementComment => ({ id: c.id, author: name(c.author), at: at(c.hlc), language: c.language, text: c.text }),
    ),
  };
}

/** Every statement of the incident with its revisions, approvals and transitions, newest first. */
export function statementDetails(ws: Workspace, incidentId: string): StatementDetail[] {
  getIncident(ws, incidentId);
  const ids = rowsOf<{ id: string }>(ws.db, 'SELECT id FROM statements WHERE incident_id = ? AND deleted = 0 ORDER BY created_at DESC, id').all(incidentId);
  return ids.map(({ id }) => readStatement(ws, id));
}

export const listStatements = (ws: Workspace, incidentId: string): StatementSummary[] =>
  statementDetails(ws, incidentId).map(({ variants: _v, revisions: _r, approvals: _a, transitions: _t, comments: _c, ...summary }) => summary);

/** Whether a published statement of the incident went out on the community network. */
export const communityNetworkInformed = (ws: Workspace, incidentId: string): boolean =>
  rowsOf<{ one: number }>(
    ws.db,
    `SELECT 1 AS one FROM statement_transitions t JOIN statements s ON s.id = t.statement_id
     WHERE s.incident_id = ? AND t.kind = 'publish' AND EXISTS (SELECT 1 FROM json_each(t.channels) WHERE value = 'community-network') LIMIT 1`,
  ).get(incidentId) !== undefined;

/** The incident's latest publication and the update interval of the statement it published. */
export const lastPublication = (ws: Workspace, incidentId: string): { hlc: string; interval: number | null } | undefined =>
  rowsOf<{ hlc: string; interval: number | null }>(
    ws.db,
    `SELECT t.hlc, s.update_interval_minutes AS interval FROM statement_transitions t JOIN statements s ON s.id = t.statement_id
     WHERE s.incident_id = ? AND t.kind = 'publish' ORDER BY t.hlc DESC, t.device_id DESC LIMIT 1`,
  ).get(incidentId);

/** The statement and language of a revision this console holds. */
export const revisionPlace = (db: Db, id: string): { statement_id: string; language: string } | undefined =>
  rowsOf<{ statement_id: string; language: string }>(db, 'SELECT statement_id, language FROM statement_revisions WHERE id = ?').get(id);

/** The current revision of a statement's language on this console. */
export const newestRevisionId = (db: Db, statementId: string, language: string): string | undefined =>
  rowsOf<{ id: string }>(db, `SELECT id FROM statement_revisions WHERE statement_id = ? AND language = ? ${newestFirst} LIMIT 1`).get(statementId, language)?.id;

/**
 * For a situation report: the statements whose latest transition is a publication (a withdrawn one is not out any
 * more), first published first, with when they first went out.
 */
export const publishedStatements = (ws: Workspace, incidentId: string): { id: string; title: string; publishedAt: string }[] =>
  rowsOf<{ id: string; title: string; hlc: string }>(
    ws.db,
    `SELECT s.id, s.title, (SELECT min(t.hlc) FROM statement_transitions t WHERE t.statement_id = s.id AND t.kind = 'publish') AS hlc
     FROM statements s WHERE s.incident_id = ? AND s.deleted = 0
       AND (SELECT t.kind FROM statement_transitions t WHERE t.statement_id = s.id AND t.kind IN ('publish', 'withdraw')
            ORDER BY t.hlc DESC, t.device_id DESC, t.id DESC LIMIT 1) = 'publish'
     ORDER BY hlc, s.id`,
  )
    .all(incidentId)
    .map((r) => ({ id: r.id, title: r.title, publishedAt: HybridClock.toIso(r.hlc) }));
