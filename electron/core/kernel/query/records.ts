import type { z } from 'zod';
import { decodeRow, type EntityDef } from '../ops/entities';

/** A projection row as SQLite returns it: the record's columns (snake-cased), its ids, and the projector's own columns. */
export interface ProjectionRow {
  id: string;
  incident_id: string;
  [column: string]: unknown;
}

/**
 * A record read back from its projection row, typed by its entity's schema: the row holds only what the projector
 * wrote from ops that passed that schema, so the type is the schema's output, asserted here once for every domain.
 */
export const recordOf = <S extends z.ZodObject>(def: EntityDef & { schema: S }, row: ProjectionRow): z.output<S> & { id: string; incidentId: string } =>
  decodeRow(def, row) as z.output<S> & { id: string; incidentId: string };
