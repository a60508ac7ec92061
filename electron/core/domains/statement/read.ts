import type {
  StatementApproval,
  StatementComment,
  StatementDetail,
  StatementFields,
  StatementRevision,
  StatementSummary,
  StatementTransition,
  StatementVariant,
  TranslationStatus,
  TransitionKind,
} from '../../../../shared/domain/statement';
import { deriveStatus } from '../../../../shared/rules/statement-status';
import type { Db } from '../../kernel/db/open';
import { decodeRow } from '../../kernel/ops/entities';
import { HybridClock } from '../../kernel/ops/hlc';
import { getIncident } from '../incident';
import { requireRow } from '../../kernel/query/links';
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
  db.prepare(`SELECT * FROM statement_revisions WHERE statement_id = ? ${newestFirst}`).all(statementId) as RevisionRow[];

export const approvalsOf = (db: Db, statementId: string): ApprovalRow[] =>
  db.prepare(`SELECT * FROM statement_approvals WHERE statement_id = ? ${newestFirst}`).all(statementId) as ApprovalRow[];

const transitionsOf = (db: Db, statementId: string): TransitionRow[] =>
  db.prepare(`SELECT * FROM statement_transitions WHERE statement_id = ? ${newestFirst}`).all(statementId) as TransitionRow[];

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
  const row = requireRow(ws, 'statements', id, 'statement');
  const fields = decodeRow(statementEntity, row) as StatementFields & { id: string; incidentId: string; createdAt: string };
  const name = (personId: string) => personName(db, personId) ?? personId;
  const revisions = revisionsOf(db, id);
  const approvals = approvalsOf(db, id);
  const transitions = transitionsOf(db, id);
  const current = currentRevisions(revisions);
  const variantRows = db.prepare('SELECT * FROM statement_variants WHERE statement_id = ? AND deleted = 0 ORDER BY language').all(id) as VariantRow[];
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
    comments: (db.prepare(`SELECT * FROM statement_comments WHERE statement_id = ? ${newestFirst}`).all(id) as CommentRow[]).map(
      (c): StatementComment => ({ id: c.id, author: name(c.author), at: at(c.hlc), language: c.language, text: c.text }),
    ),
  };
}

export function listStatements(ws: Workspace, incidentId: string): StatementSummary[] {
  getIncident(ws, incidentId);
  const ids = ws.db.prepare('SELECT id FROM statements WHERE incident_id = ? AND deleted = 0 ORDER BY created_at DESC, id').all(incidentId) as { id: string }[];
  return ids.map(({ id }) => {
    const { variants: _v, revisions: _r, approvals: _a, transitions: _t, comments: _c, ...summary } = readStatement(ws, id);
    return summary;
  });
}
