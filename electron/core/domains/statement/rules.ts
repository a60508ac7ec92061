import type { JsonValue, Op } from '../../../../shared/domain/op';
import { statementPhaseSchema, type TransitionKind } from '../../../../shared/domain/statement';
import type { Action } from '../../../../shared/rules/permissions';
import type { EntityRule } from '../../kernel/ops/entities';
import type { Ledger } from '../../kernel/ops/ledger';
import type { Position } from '../../kernel/ops/position';
import { refuse } from '../../kernel/ops/verdict';
import { incidentFacts } from '../incident';
import { priorityFacts } from '../priority';
import { statementFacts, type RevisionFact } from './facts';
import { textOf } from '../../kernel/ops/describe';
import { textHash } from './canonical-text';
import { blockingFindings } from './guidance';
import { newestRevisionId, revisionPlace } from './read';

const transitionNeeds: Record<TransitionKind, Action> = {
  'request-review': 'draftStatements',
  approve: 'approveStatements',
  publish: 'publishStatements',
  withdraw: 'publishStatements',
};

const statementOf = (op: Op, ledger: Ledger, at: Position): { phase: string } => {
  const id = op.entity === 'statement' ? op.entityId : op.fields.statementId;
  const s = typeof id === 'string' ? ledger.facts(statementFacts).statementAt(id, at) : null;
  return s ?? refuse('forbidden', `no statement ${textOf(id)} in this incident`);
};

const revisionOf = (op: Op, ledger: Ledger, at: Position, id: JsonValue | undefined): RevisionFact => {
  const r = typeof id === 'string' ? ledger.facts(statementFacts).revisionAt(id, at) : null;
  if (!r || r.statementId !== op.fields.statementId) return refuse('forbidden', `no revision ${textOf(id)} of this statement`);
  return r;
};

/**
 * Every revision a publication names must carry an approval made before it: an approval names one revision, so an
 * approval of an older text, however late it arrives, never covers a newer one. (That the named revision is the
 * current one of its language is checked when this console publishes, not here: a peer's publication of an older
 * approved text is still an approved text, and refusing it would split the consoles over what each had seen.)
 */
const checkPublish = (op: Op, ledger: Ledger, at: Position, ids: string[]): void => {
  if (ids.length === 0) refuse('forbidden', 'a publication names the approved revisions it publishes');
  if ((op.fields.channels as string[]).length === 0) refuse('forbidden', 'a publication names its channels');
  const languages = new Set<string>();
  for (const id of ids) {
    const r = revisionOf(op, ledger, at, id);
    if (languages.has(r.language)) refuse('forbidden', `two revisions of ${r.language} in one publication`);
    languages.add(r.language);
    if (!ledger.facts(statementFacts).approved(id, at)) refuse('forbidden', `the ${r.language} text ${r.hash.slice(0, 8)} has no approval: it cannot be published`);
  }
};

/**
 * The statement rules, whoever wrote the op and wherever it came from: the two-person rule, approvals naming exactly
 * one existing revision by its hash, withheld names acknowledged, and no publication of a revision without its
 * approval. A console that skips the service still cannot get an unapproved text published on any console.
 */
export const statementRules = {
  statement: {
    need: () => 'draftStatements',
    record: (op, ledger, at) => {
      if (op.action === 'delete') ledger.facts(statementFacts).removeStatement(op.entityId, at);
      else ledger.facts(statementFacts).setStatement(op.entityId, typeof op.fields.phase === 'string' ? op.fields.phase : undefined, at);
    },
  },
  statementVariant: {
    need: () => 'draftStatements',
    check: (op, ledger, at) => {
      statementOf(op, ledger, at);
      if (op.action === 'add' && op.entityId !== `${textOf(op.fields.statementId)}:${textOf(op.fields.language)}`) refuse('forbidden', 'a variant’s id is its statement and language');
    },
  },
  statementComment: { need: () => 'postUpdates', check: (op, ledger, at) => void statementOf(op, ledger, at) },
  statementRevision: {
    need: () => 'draftStatements',
    check: (op, ledger, at) => {
      statementOf(op, ledger, at);
      if (op.fields.hash !== textHash(textOf(op.fields.text))) refuse('forbidden', 'a revision’s hash must be the sha256 of its canonical text');
      if (op.fields.parentId) {
        const parent = revisionOf(op, ledger, at, op.fields.parentId);
        if (parent.language !== op.fields.language) refuse('forbidden', 'a revision continues a revision of the same language');
      }
    },
    record: (op, ledger, at) =>
      ledger.facts(statementFacts).addRevision(op.entityId, {
        statementId: textOf(op.fields.statementId),
        language: textOf(op.fields.language),
        hash: textOf(op.fields.hash),
        author: op.author,
        text: textOf(op.fields.text),
        from: at,
      }),
  },
  statementApproval: {
    need: () => 'approveStatements',
    check: (op, ledger, at) => {
      const statement = statementOf(op, ledger, at);
      const r = revisionOf(op, ledger, at, op.fields.revisionId);
      if (r.hash !== op.fields.hash || r.language !== op.fields.language) refuse('forbidden', 'an approval must name its revision’s hash and language');
      if (r.author === op.author) refuse('forbidden', 'two-person rule: the author of a revision cannot approve it');
      // Approvals written before internal quotes were judged carry no `acknowledgedInternal`: they keep the verdict
      // they had, so a store's history does not change when its consoles update. Every approval written since has it.
      const checksInternal = op.fields.acknowledgedInternal === false;
      if (op.fields.acknowledgedPerpetratorNames && !checksInternal) return;
      // Internal priorities are ledger facts, so their titles at this place judge alike everywhere. Tasks have no
      // facts: a quoted non-public task is refused by the approving console's service only.
      const phase = statementPhaseSchema.catch('update').parse(statement.phase);
      const rules = new Set(blockingFindings(phase, r.language, r.text, ledger.facts(incidentFacts).withheldNames(at), ledger.facts(priorityFacts).internalTitles(at)).map((f) => f.rule));
      if (!op.fields.acknowledgedPerpetratorNames && rules.has('perpetrator-name')) refuse('forbidden', 'this text names someone the commander asked to withhold: the approver must acknowledge it');
      if (checksInternal && rules.has('internal-priority-disclosed')) refuse('forbidden', 'this text quotes an internal priority: the approver must acknowledge it');
    },
    record: (op, ledger, at) => ledger.facts(statementFacts).addApproval(textOf(op.fields.revisionId), op.author, at),
  },
  statementTransition: {
    need: (op) => transitionNeeds[op.fields.kind as TransitionKind],
    // This console publishes only the text it shows as current; a peer's publication of an older approved text stands.
    beforeCommit: (op, db) => {
      if (op.fields.kind !== 'publish') return;
      for (const id of op.fields.revisionIds as string[]) {
        const r = revisionPlace(db, id);
        if (!r) continue;
        if (newestRevisionId(db, r.statement_id, r.language) !== id) refuse('forbidden', `the ${r.language} text changed since approval: approve the current text first`);
      }
    },
    check: (op, ledger, at) => {
      statementOf(op, ledger, at);
      const ids = op.fields.revisionIds as string[];
      if (op.fields.kind === 'request-review' && !ledger.facts(statementFacts).hasRevisions(textOf(op.fields.statementId), at)) {
        refuse('forbidden', 'write the statement’s text before asking for review');
      }
      if (op.fields.kind === 'approve') {
        if (ids.length === 0) refuse('forbidden', 'an approval names the revisions it approves');
        for (const id of ids) if (!ledger.facts(statementFacts).approved(id, at, op.author)) refuse('forbidden', 'approve each revision before marking the statement approved');
      }
      if (op.fields.kind === 'publish') checkPublish(op, ledger, at, ids);
    },
  },
} satisfies Record<string, EntityRule>;
