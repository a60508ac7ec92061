import { z } from 'zod';
import { incidentSchema } from '../domain/incident';
import { method } from './define';

export const scenarioNames = ['demo-exercise'] as const;

export const scenarioMethods = {
  'scenario:load': method(
    z.object({ name: z.enum(scenarioNames) }),
    incidentSchema,
    'Load a scenario file from resources/ as a new EXERCISE incident, through the same services and ops as every other change.',
  ),
};
