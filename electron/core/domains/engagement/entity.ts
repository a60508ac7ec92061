import type { z } from 'zod';
import { engagementFieldsSchema } from '../../../../shared/domain/engagement';
import { instantSchema } from '../../../../shared/domain/ids';
import { describeFields, textOf } from '../../kernel/ops/describe';
import { defineEntity } from '../../kernel/ops/entities';

const labels: Record<string, string> = {
  at: 'time',
  participantIds: 'participants',
  communityParticipants: 'community participants',
  entryPointIds: 'entry points',
  rumourIds: 'rumours heard',
};

const engagementEntitySchema = engagementFieldsSchema.extend({ createdAt: instantSchema });

export const engagementEntity = defineEntity({
  name: 'engagement',
  table: 'engagements',
  mode: 'lww',
  fields: {
    needId: 'text',
    kind: 'text',
    at: 'text',
    participantIds: 'json',
    communityParticipants: 'text',
    entryPointIds: 'json',
    temperature: 'text',
    trend: 'text',
    concerns: 'text',
    needs: 'text',
    rumourIds: 'json',
    notes: 'text',
    createdAt: 'text',
  },
  schema: engagementEntitySchema,
  describe: (op) =>
    op.action === 'add'
      ? `Community engagement recorded (${textOf(op.fields.kind)}): ${textOf(op.fields.temperature)}, ${textOf(op.fields.trend)}`
      : `Community engagement ${describeFields(op.fields, labels)}`,
  rule: { need: () => 'engageCommunities' },
});

declare module '../../kernel/ops/entities' {
  interface EntityFields {
    engagement: z.input<typeof engagementEntitySchema>;
  }
}
