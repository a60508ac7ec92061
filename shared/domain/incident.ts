import { z } from 'zod';
import { idSchema, instantSchema, nonEmptyText } from './ids';
import { commanderInput } from './roster';

export const securityRiskLevels = ['none', 'low', 'elevated', 'high', 'critical'] as const;
export const securityRiskLevelSchema = z.enum(securityRiskLevels);
export type SecurityRiskLevel = z.infer<typeof securityRiskLevelSchema>;

export const incidentKinds = [
  'hate-motivated attack',
  'extremist attack',
  'mass-casualty incident',
  'civil unrest',
  'natural hazard',
  'other',
] as const;

export const escalationOutlooks = ['de-escalating', 'stable', 'escalating', 'unknown'] as const;
export const escalationOutlookSchema = z.enum(escalationOutlooks);

export const incidentModes = ['real', 'exercise'] as const;
export const incidentModeSchema = z.enum(incidentModes);

/** The situation fields a commander edits; every one of them travels as an op. */
export const situationFieldsSchema = z.object({
  name: nonEmptyText(200),
  kind: z.enum(incidentKinds),
  startedAt: instantSchema,
  securityRiskLevel: securityRiskLevelSchema,
  securityRiskNote: z.string().trim().max(2000),
  escalationOutlook: escalationOutlookSchema,
  operationalPeriod: z.string().trim().max(200),
  areaDescription: z.string().trim().max(500),
});
export type SituationFields = z.infer<typeof situationFieldsSchema>;

/** Names the commander asks statements to withhold (perpetrators, suspects): the guidance check flags them. */
export const withheldNamesSchema = z.array(nonEmptyText(100)).max(50);

export const incidentSchema = situationFieldsSchema.extend({
  id: idSchema,
  mode: incidentModeSchema,
  createdAt: instantSchema,
  updatedAt: instantSchema,
  withheldNames: z.array(z.string()),
});
export type Incident = z.infer<typeof incidentSchema>;

export const incidentCreateInput = situationFieldsSchema
  .partial({
    securityRiskLevel: true,
    securityRiskNote: true,
    escalationOutlook: true,
    operationalPeriod: true,
    areaDescription: true,
    startedAt: true,
  })
  // Whoever opens the incident is its first commander: they type their name and the PIN they will sign in with.
  .extend({ mode: incidentModeSchema, commander: commanderInput });
export type IncidentCreateInput = z.infer<typeof incidentCreateInput>;

export const incidentUpdateInput = z.object({
  id: idSchema,
  changes: situationFieldsSchema.extend({ withheldNames: withheldNamesSchema }).partial().refine((c) => Object.keys(c).length > 0, 'no field to change'),
});
export type IncidentChanges = z.infer<typeof incidentUpdateInput>['changes'];
