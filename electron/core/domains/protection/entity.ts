import { backlashFieldsSchema, measureFieldsSchema, protectionFieldsSchema } from '../../../../shared/domain/protection';
import { idSchema, instantSchema } from '../../../../shared/domain/ids';
import { describeFields, textOf } from '../../kernel/ops/describe';
import type { EntityDef } from '../../kernel/ops/entities';

const needLabels: Record<string, string> = { riskLevel: 'risk level', lastContactAt: 'last contact', lastContactBy: 'contact made by' };

export const protectionNeedEntity: EntityDef = {
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
    createdAt: 'text',
  },
  schema: protectionFieldsSchema.extend({ createdAt: instantSchema }),
  describe: (op) =>
    op.action === 'add'
      ? `Protection need recorded: ${textOf(op.fields.name)} (${textOf(op.fields.riskLevel)} risk)`
      : `Protection need ${describeFields(op.fields, needLabels)}`,
  rule: { need: () => 'manageProtection' },
};

export const protectionMeasureEntity: EntityDef = {
  name: 'protectionMeasure',
  table: 'protection_measures',
  mode: 'lww',
  fields: { needId: 'text', kind: 'text', description: 'text', actorId: 'text', status: 'text', createdAt: 'text' },
  schema: measureFieldsSchema.extend({ needId: idSchema, createdAt: instantSchema }),
  describe: (op) =>
    op.action === 'add'
      ? `Protective measure added: ${textOf(op.fields.kind)}${op.fields.description ? ` — ${textOf(op.fields.description)}` : ''}`
      : `Protective measure ${describeFields(op.fields, { actorId: 'assigned actor' })}`,
  rule: { need: () => 'manageProtection' },
};

/** Reports are evidence: append-only, never edited, like the log. */
export const backlashReportEntity: EntityDef = {
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
};
