import { z } from 'zod';
import { idSchema } from '../../../../shared/domain/ids';
import { hlcSchema, type Op } from '../../../../shared/domain/op';
import { ConcordError } from '../../../../shared/result';
import { textOf } from '../../kernel/ops/describe';
import { defineEntity } from '../../kernel/ops/entities';
import type { Ledger } from '../../kernel/ops/ledger';
import type { Position } from '../../kernel/ops/position';
import { sha256Hex } from '../../kernel/ops/signing';
import { periodFacts } from '../period';

const sitrepFieldsSchema = z.object({
  periodId: idSchema,
  asOf: hlcSchema,
  content: z.string().min(2),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});

const refuse = (message: string): never => {
  throw new ConcordError('invalid_input', message);
};

/** The period a report belongs to, named in its content too, so a report cannot be filed under another period. */
function periodIdIn(content: string): unknown {
  try {
    const parsed: unknown = JSON.parse(content);
    return typeof parsed === 'object' && parsed !== null && 'period' in parsed && typeof parsed.period === 'object' && parsed.period !== null && 'id' in parsed.period
      ? parsed.period.id
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A report is the snapshot its hash names, of a period of its own incident, cut no later than the op that files it.
 * The op log signs the op, so a report signed by its author with a hash that matches is the signed snapshot.
 */
function checkSitrep(op: Op, ledger: Ledger, at: Position): void {
  const { periodId, asOf, content, hash } = op.fields;
  if (typeof content !== 'string' || sha256Hex(content) !== hash) refuse('the report’s hash is not the SHA-256 of its content');
  const period = ledger.facts(periodFacts).get(textOf(periodId), at);
  if (!period || period.incidentId !== op.incidentId) refuse(`no operational period ${textOf(periodId)} in this incident`);
  if (typeof asOf !== 'string' || asOf > op.hlc) refuse('a report cannot be cut after it was filed');
  if (typeof content === 'string' && periodIdIn(content) !== periodId) refuse('the report’s content is of another period');
}

/** A situation report: append-only, so no console can change or remove one once it is filed. */
export const sitrepEntity = defineEntity({
  name: 'sitrep',
  table: 'sitreps',
  mode: 'append',
  fields: { periodId: 'text', asOf: 'text', content: 'text', hash: 'text' },
  schema: sitrepFieldsSchema,
  describe: (op) => `Situation report filed (SHA-256 ${textOf(op.fields.hash).slice(0, 12)}…)`,
  rule: {
    need: (op, ledger, at) => ledger.facts(periodFacts).closeOutNeed(textOf(op.fields.periodId), op.author, at),
    check: checkSitrep,
    record: (op, ledger, at) => ledger.facts(periodFacts).noteReport(textOf(op.fields.periodId), at),
  },
});

declare module '../../kernel/ops/entities' {
  interface EntityFields {
    sitrep: z.input<typeof sitrepFieldsSchema>;
  }
}
