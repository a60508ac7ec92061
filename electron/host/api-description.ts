import { z } from 'zod';
import { events, methods } from '../../shared/contract';

type JsonSchema = Record<string, unknown>;

/** One schema that cannot be expressed must not take the whole listing down with it. */
function toJsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  try {
    return z.toJSONSchema(schema, { io });
  } catch (error) {
    return { description: `not expressible as JSON Schema: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export interface ApiDescription {
  methods: { name: string; summary: string; input: JsonSchema; output: JsonSchema }[];
  events: { name: string; payload: JsonSchema }[];
}

/** What `GET /api` answers: the contract itself, so clients and people read the same truth the core enforces. */
export function describeApi(): ApiDescription {
  return {
    methods: Object.entries(methods).map(([name, spec]) => ({
      name,
      summary: spec.summary,
      input: toJsonSchema(spec.input, 'input'),
      output: toJsonSchema(spec.output, 'output'),
    })),
    events: Object.entries(events).map(([name, schema]) => ({ name, payload: toJsonSchema(schema, 'output') })),
  };
}
