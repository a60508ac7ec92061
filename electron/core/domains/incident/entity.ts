import { incidentModeSchema, situationFieldsSchema, withheldNamesSchema } from '../../../../shared/domain/incident';
import { z } from 'zod';
import { instantSchema } from '../../../../shared/domain/ids';
import { refuse } from '../../kernel/ops/verdict';
import { incidentIdFor } from './incident-id';
import { incidentFacts } from './facts';
import { defineEntity } from '../../kernel/ops/entities';
import { describeFields, textOf } from '../../kernel/ops/describe';

const labels: Record<string, string> = {
  name: 'name',
  kind: 'kind',
  startedAt: 'start time',
  securityRiskLevel: 'security risk level',
  securityRiskNote: 'security risk note',
  escalationOutlook: 'escalation outlook',
  operationalPeriod: 'operational period',
  areaDescription: 'area',
  withheldNames: 'names withheld from statements',
};

const incidentSchema = situationFieldsSchema.extend({ mode: incidentModeSchema, createdAt: instantSchema, withheldNames: withheldNamesSchema.optional(),
  creatorKey: z.string().regex(/^[0-9a-f]{64}$/),
  idNonce: z.string().regex(/^[0-9a-f]{32}$/),
});

export const incidentEntity = defineEntity({
  name: 'incident',
  table: 'incidents',
  mode: 'lww',
  fields: {
    name: 'text',
    kind: 'text',
    startedAt: 'text',
    securityRiskLevel: 'text',
    securityRiskNote: 'text',
    escalationOutlook: 'text',
    operationalPeriod: 'text',
    areaDescription: 'text',
    mode: 'text',
    createdAt: 'text',
    withheldNames: 'json',
    creatorKey: 'text',
    idNonce: 'text',
  },
  schema: incidentSchema,
  describe: (op) =>
    op.action === 'add'
      ? `Opened ${op.fields.mode === 'exercise' ? 'exercise' : 'incident'} “${textOf(op.fields.name)}”`
      : `Situation: ${describeFields(op.fields, labels)}`,
  rule: {
    need: (op, ledger, at) => {
      // Opening an incident needs no role: its opener becomes its first commander in the same batch.
      if (op.action === 'add' && !ledger.facts(incidentFacts).exists(at)) return null;
      if (op.action === 'delete') return 'manageRoster';
      // Which names statements must withhold (perpetrators, suspects) is the commander's call, not every editor's.
      return 'withheldNames' in op.fields ? 'withholdNames' : 'editSituation';
    },
    check: (op) => {
      if (op.action === 'set' && ('creatorKey' in op.fields || 'idNonce' in op.fields)) refuse('invalid_input', 'who opened an incident never changes');
      if (op.action === 'add' && (op.entityId !== op.incidentId || incidentIdFor(textOf(op.fields.creatorKey), textOf(op.fields.idNonce)) !== op.incidentId)) {
        refuse('forbidden', 'this opening does not match the incident’s id: it was not written by whoever opened the incident');
      }
    },
    // An opening is signed by the key the incident's id derives from (`check` holds it to that id).
    signingKey: (op, ledger, at) => (op.action === 'add' && !ledger.facts(incidentFacts).exists(at) ? textOf(op.fields.creatorKey) : undefined),
    record: (op, ledger, at) => {
      if (op.action === 'add') ledger.facts(incidentFacts).open(op.author, textOf(op.fields.creatorKey), at);
      if (Array.isArray(op.fields.withheldNames)) ledger.facts(incidentFacts).setWithheldNames(op.fields.withheldNames.map(String), at);
    },
  },
});

declare module '../../kernel/ops/entities' {
  interface EntityFields {
    incident: z.input<typeof incidentSchema>;
  }
}
