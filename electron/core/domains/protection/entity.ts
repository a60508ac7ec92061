import type { z } from 'zod';
import { backlashFieldsSchema, measureFieldsSchema, protectionFieldsSchema } from '../../../../shared/domain/protection';
import { idSchema, instantSchema } from '../../../../shared/domain/ids';
import { describeFields, textOf } from '../../kernel/ops/describe';
import { defineEntity } from '../../kernel/ops/entities';

const needLabels: Record<string, string> = {
  riskLevel: 'risk level',
  lastContactAt: 'last contact',
  lastContactBy: 'contact made by',
  caseManagerId: 'case manager',
  entryPointIds: 'entry points',
};

/** Needs recorded before case managers and entry points existed carry neither field: their ops stay valid. */
const protectionNeedSchema = protectionFieldsSchema.extend({
  caseManagerId: protectionFieldsSchema.shape.caseManagerId.optional(),
  entryPointIds: protectionFieldsSchema.shape.entryPointIds.optional(),
  createdAt: instantSchema,
});

export const protectionNeedEntity = defineEntity({
  name: 'protectionNeed',
  table: 'protection_needs',
  mode: 'lww',
  fields: {
    subject: 'text',
    name: 'text',
    communityKind: 'text',
    siteKind: 'text',
    address: 'text',
    riskLevel: 'text',
    languages: 'json',
    notes: 'text',
    status: 'text',
    lastContactAt: 'text',
    lastContactBy: 'text',
    caseManagerId: 'text',
    entryPointIds: 'json',
    createdAt: 'text',
  },
  schema: protectionNeedSchema,
  describe: (op) =>
    op.action === 'add'
      ? `Protection need recorded: ${textOf(op.fields.name)} (${textOf(op.fields.riskLevel)} risk)`
      : `Protection need ${describeFields(op.fields, needLabels)}`,
  rule: { need: () => 'manageProtection' },
});

const protectionMeasureSchema = measureFieldsSchema.extend({ needId: idSchema, createdAt: instantSchema });

export const protectionMeasureEntity = defineEntity({
  name: 'protectionMeasure',
  table: 'protection_measures',
  mode: 'lww',
  fields: { needId: 'text', kind: 'text', description: 'text', actorId: 'text', status: 'text', createdAt: 'text' },
  schema: protectionMeasureSchema,
  describe: (op) =>
    op.action === 'add'
      ? `Protective measure added: ${textOf(op.fields.kind)}${op.fields.description ? ` — ${textOf(op.fields.description)}` : ''}`
      : `Protective measure ${describeFields(op.fields, { actorId: 'assigned actor' })}`,
  rule: { need: () => 'manageProtection' },
});

/** Reports are evidence: append-only, never edited, like the log. */
export const backlashReportEntity = defineEntity({
  name: 'backlashReport',
  table: 'backlash_reports',
  mode: 'append',
  fields: {
    needId: 'text',
    occurredAt: 'text',
    place: 'text',
    kind: 'text',
    community: 'text',
    source: 'text',
    verified: 'bool',
    description: 'text',
  },
  schema: backlashFieldsSchema,
  describe: (op) =>
    `Backlash report: ${textOf(op.fields.kind)}${op.fields.place ? ` at ${textOf(op.fields.place)}` : ''} (${op.fields.verified ? 'verified' : 'unverified'}, ${textOf(op.fields.source)})`,
  rule: { need: () => 'manageProtection' },
});

declare module '../../kernel/ops/entities' {
  interface EntityFields {
    protectionNeed: z.input<typeof protectionNeedSchema>;
    protectionMeasure: z.input<typeof protectionMeasureSchema>;
    backlashReport: z.input<typeof backlashFieldsSchema>;
  }
}
