import type { JsonValue, Op } from '../../../shared/domain/op';
import { textOf } from '../log/describe';
import { hasBlockingFindings } from '../../../shared/rules/guidance/check';
import { ConcordError } from '../../../shared/result';
import type { Db } from '../db/open';
import type { OpGuard } from '../ops/op-log';
import { textHash } from './canonical-text';
import { runGuidance, withheldNamesAt } from './guidance';
import { heldAt } from './permissions';
import type { ApprovalRow, RevisionRow } from './read';

const refuse = (message: string): never => {
  throw new ConcordError('forbidden', message);
};

/**
 * The statement rules that hold whoever wrote the op and wherever it came from, run by the op log on every op it
 * applies: the two-person rule, approvals naming exactly one existing revision by its hash, perpetrator names
 * acknowledged, and no publication of a revision without its approval. A console that skips the service still
 * cannot get an unapproved text published on any console that applies its ops.
 */
export function createStatementCheck(db: Db, localDeviceId: string): OpGuard {
  const statementOf = (op: Op): { incident_id: string; phase: string } => {
    const id = op.entity === 'statement' ? op.entityId : op.fields.statementId;
    const row = db.prepare('SELECT incident_id, phase FROM statements WHERE id = ? AND deleted = 0').get(id) as
      | { incident_id: string; phase: string }
      | undefined;
    if (!row || row.incident_id !== op.incidentId) return refuse(`no statement ${textOf(id)} in this incident`);
    return row;
  };
  const revision = (op: Op, id: unknown): RevisionRow => {
    const row = db.prepare('SELECT * FROM statement_revisions WHERE id = ?').get(id) as RevisionRow | undefined;
    if (!row || row.statement_id !== op.fields.statementId) return refuse(`no revision ${textOf(id as JsonValue)} of this statement`);
    return row;
  };

  const checks: Record<string, (op: Op) => void> = {
    statementVariant: (op) => {
      statementOf(op);
      if (op.action === 'add' && op.entityId !== `${textOf(op.fields.statementId)}:${textOf(op.fields.language)}`) refuse('a variant’s id is its statement and language');
    },
    statementComment: statementOf,
    statementRevision: (op) => {
      statementOf(op);
      if (op.fields.hash !== textHash(textOf(op.fields.text))) refuse('a revision’s hash must be the sha256 of its canonical text');
      if (op.fields.parentId) {
        const parent = revision(op, op.fields.parentId);
        if (parent.language !== op.fields.language) refuse('a revision continues a revision of the same language');
      }
    },
    statementApproval: (op) => {
      const statement = statementOf(op);
      const r = revision(op, op.fields.revisionId);
      if (r.hash !== op.fields.hash || r.language !== op.fields.language) refuse('an approval must name its revision’s hash and language');
      if (!heldAt(db, op, 'approveStatements')) refuse('only someone holding an approving role may approve a statement');
      if (r.author === op.author) refuse('two-person rule: the author of a revision cannot approve it');
      if (!op.fields.acknowledgedPerpetratorNames) {
        const findings = runGuidance(db, {
          incidentId: op.incidentId,
          phase: statement.phase as Parameters<typeof runGuidance>[1]['phase'],
          language: r.language,
          text: r.text,
          withheldNames: withheldNamesAt(db, op.incidentId, op.hlc),
          variantLanguages: [],
        });
        if (hasBlockingFindings(findings)) refuse('this text names someone the commander asked to withhold: the approver must acknowledge it');
      }
    },
    statementTransition: (op) => {
      statementOf(op);
      const ids = op.fields.revisionIds as string[];
      if (op.fields.kind === 'request-review' && !db.prepare('SELECT 1 FROM statement_revisions WHERE statement_id = ?').get(op.fields.statementId)) {
        refuse('write the statement’s text before asking for review');
      }
      if (op.fields.kind === 'approve') {
        if (ids.length === 0) refuse('an approval names the revisions it approves');
        for (const id of ids) if (!approvalOf(id, op)) refuse('approve each revision before marking the statement approved');
      }
      if (op.fields.kind === 'publish') checkPublish(op, ids);
    },
  };

  const approvalOf = (revisionId: string, op: Op): ApprovalRow | undefined =>
    db.prepare('SELECT * FROM statement_approvals WHERE revision_id = ? AND hlc <= ? AND (? = \'\' OR author = ?) LIMIT 1').get(
      revisionId,
      op.hlc,
      op.fields.kind === 'approve' ? op.author : '',
      op.author,
    ) as ApprovalRow | undefined;

  /**
   * Every revision a publication names must carry an approval made before it: an approval names one revision, so
   * an approval of an older text, however late it arrives, never covers a newer one. For this console's own ops the
   * named revision must also be the current one of its language; a peer's publication of an older approved text
   * is still an approved text, and refusing it would split the consoles over what they had seen.
   */
  const checkPublish = (op: Op, ids: string[]): void => {
    if (ids.length === 0) refuse('a publication names the approved revisions it publishes');
    if ((op.fields.channels as string[]).length === 0) refuse('a publication names its channels');
    const languages = new Set<string>();
    for (const id of ids) {
      const r = revision(op, id);
      if (languages.has(r.language)) refuse(`two revisions of ${r.language} in one publication`);
      languages.add(r.language);
      if (!approvalOf(id, op)) refuse(`the ${r.language} text ${r.hash.slice(0, 8)} has no approval: it cannot be published`);
      if (op.deviceId === localDeviceId) {
        const newest = db
          .prepare('SELECT id FROM statement_revisions WHERE statement_id = ? AND language = ? ORDER BY hlc DESC, device_id DESC LIMIT 1')
          .get(r.statement_id, r.language) as { id: string } | undefined;
        if (newest?.id !== id) refuse(`the ${r.language} text changed since approval: approve the current text first`);
      }
    }
  };

  // Who may set the names to withhold is the permission table's `withholdNames`, checked by the guard.
  return (op) => checks[op.entity]?.(op);
}
