import type { z } from 'zod';
import { periodFieldsSchema } from '../../../../shared/domain/period';
import type { Op } from '../../../../shared/domain/op';
import { ConcordError } from '../../../../shared/result';
import { textOf } from '../../kernel/ops/describe';
import { defineEntity } from '../../kernel/ops/entities';
import type { Ledger } from '../../kernel/ops/ledger';
import type { Position } from '../../kernel/ops/position';
import { priorityFacts } from '../priority';
import { periodFacts } from './facts';

const refuse = (message: string): never => {
  throw new ConcordError('invalid_input', message);
};

function checkObjectives(op: Op, ledger: Ledger, at: Position): void {
  const ids = op.fields.objectiveIds;
  if (!Array.isArray(ids)) return;
  for (const id of ids) if (typeof id !== 'string' || !ledger.facts(priorityFacts).exists(id, at)) refuse(`objective ${textOf(id)} is not a priority of this incident`);
}

/**
 * What must hold for a period op to take effect wherever it is judged: numbers follow on without a gap or a
 * repeat (two consoles starting the same number: the later in the order is refused), a closed period changes no
 * more, and a period closes only after its handover note and its situation report took effect.
 */
function checkPeriod(op: Op, ledger: Ledger, at: Position): void {
  const facts = ledger.facts(periodFacts);
  if (op.action === 'add') {
    const next = facts.count(op.incidentId, at) + 1;
    if (op.fields.number !== next) refuse(`the next operational period of this incident is number ${next}`);
    if (op.fields.closedAt !== null) refuse('a period starts open');
    checkObjectives(op, ledger, at);
    return;
  }
  const period = facts.get(op.entityId, at);
  if (!period || period.incidentId !== op.incidentId) return refuse(`no operational period ${op.entityId} in this incident`);
  if (facts.isClosed(op.entityId, at)) refuse(`period ${period.number} is closed`);
  if ('number' in op.fields || 'startedAt' in op.fields) refuse('a period keeps its number and start');
  if (op.fields.handoverNote === '') refuse(`period ${period.number} needs its handover note`);
  checkObjectives(op, ledger, at);
  if (op.fields.closedAt !== undefined && op.fields.closedAt !== null) {
    if (!facts.hasHandover(op.entityId, at)) refuse(`period ${period.number} needs its handover note`);
    if (!facts.hasReport(op.entityId, at)) refuse(`period ${period.number} needs its situation report`);
  }
}

/**
 * Starting a period takes the right to edit the situation (the commander's and the public-safety lead's, who run the
 * EOC's shifts in the guide's chain of command); the period's own lead may also write its handover note and file
 * its report with the right to post updates, which every role but the observer holds.
 */
export const periodEntity = defineEntity({
  name: 'operationalPeriod',
  table: 'operational_periods',
  mode: 'lww',
  fields: {
    number: 'number',
    startedAt: 'text',
    plannedEndAt: 'text',
    objectiveIds: 'json',
    leadId: 'text',
    handoverNote: 'text',
    closedAt: 'text',
    closedBy: 'text',
  },
  schema: periodFieldsSchema,
  describe: (op) => {
    if (op.action === 'add') return `Operational period ${textOf(op.fields.number)} started, planned to end ${textOf(op.fields.plannedEndAt)}`;
    if (typeof op.fields.closedAt === 'string') return `Operational period closed at ${op.fields.closedAt}`;
    if ('handoverNote' in op.fields) return `Handover note: “${textOf(op.fields.handoverNote)}”`;
    return 'Operational period changed';
  },
  rule: {
    need: (op, ledger, at) => {
      if (op.action === 'delete') refuse('operational periods are never deleted');
      const onlyNote = op.action === 'set' && Object.keys(op.fields).every((k) => k === 'handoverNote');
      return onlyNote ? ledger.facts(periodFacts).closeOutNeed(op.entityId, op.author, at) : 'editSituation';
    },
    check: checkPeriod,
    record: (op, ledger, at) => {
      const facts = ledger.facts(periodFacts);
      if (op.action === 'add' && typeof op.fields.number === 'number') facts.start(op.entityId, op.incidentId, op.fields.number, textOf(op.fields.leadId), at);
      else if (op.action === 'set' && typeof op.fields.leadId === 'string') facts.lead(op.entityId, op.fields.leadId, at);
      if (typeof op.fields.handoverNote === 'string' && op.fields.handoverNote !== '') facts.noteHandover(op.entityId, at);
      if (op.action === 'set' && typeof op.fields.closedAt === 'string') facts.close(op.entityId, at);
    },
  },
});

declare module '../../kernel/ops/entities' {
  interface EntityFields {
    operationalPeriod: z.input<typeof periodFieldsSchema>;
  }
}
