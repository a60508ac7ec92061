import type { z } from 'zod';
import type { EntityName } from '../../../../shared/domain/entities';
import type { Op } from '../../../../shared/domain/op';
import type { Action } from '../../../../shared/rules/permissions';
import type { Db } from '../db/open';
import type { Ledger } from './ledger';
import type { Position } from './position';

/** What an op needs: an action some role of its author grants, or `null` for none. */
export type Need = Action | null;

/**
 * An entity's own rule, evaluated by the one judge at the op's place in the order (`at`), against the ledger of
 * the valid ops before it. Both functions may throw a ConcordError to refuse the op, with the reason every console
 * records for it; both must depend only on the op, the ledger and `at`, so every console judges alike.
 */
export interface EntityRule {
  /** What the op needs from the permission table (and the record's invariants that come before it). */
  need(op: Op, ledger: Ledger, at: Position): Need;
  /** Invariants checked once the author's authority is known (those that read other records through the ledger). */
  check?(op: Op, ledger: Ledger, at: Position): void;
  /**
   * Checks made only when this console commits its own op, against what it shows now (publishing the text that is
   * current here). Never part of the verdict: other consoles, and this one re-judging later, do not run it.
   */
  beforeCommit?(op: Op, db: Db): void;
  /** For records other rules read (who holds which role, what a later op must point at): what a valid op tells the ledger. */
  record?(op: Op, ledger: Ledger, at: Position): void;
  /**
   * Whether a valid op cuts a console's chain (`Cuts`): the judge then judges every author's later ops again, and
   * when two cuts meet, leaves out a cutting op that is itself cut before any other.
   */
  cutsChains?: boolean;
  /**
   * The one author whose ops' verdicts a late op of this entity can change (whom it gives or takes a role), read in
   * the ledgers before and after it came: the judge then reads again only that author's ops. Null, or no such
   * function, when it may change anyone's.
   */
  affectsOnly?(op: Op, before: Ledger, after: Ledger): string | null;
  /**
   * The key that must have signed the op when it is not its author's key in the ledger (an incident's opening,
   * signed before its opener is on record); undefined for the author's key.
   */
  signingKey?(op: Op, ledger: Ledger, at: Position): string | undefined;
  /** Whether the op only replaces its author's own key: the one thing a key someone else set may sign. */
  replacesOwnKey?(op: Op): boolean;
}

export type FieldKind = 'text' | 'number' | 'bool' | 'json';

/**
 * The fields each kind of record carries, by entity name: what `Change<E>` checks at compile time. The kernel knows
 * only its own device announcement; each domain adds its entities from their schemas (`declare module` on this
 * file, next to its `defineEntity` calls), so a misspelt entity or field fails to compile where the change is built.
 */
export interface EntityFields {
  device: { publicKey: string };
}

/** An entity some domain declared: a name from the shared list whose fields it added to `EntityFields`. */
export type EntityKind = keyof EntityFields & EntityName;

/** Whether the schema's input is exactly the fields declared for the entity: a schema and its declaration cannot drift. */
type Matches<S extends z.ZodObject, N extends EntityKind> = [z.input<S>] extends [EntityFields[N]] ? ([EntityFields[N]] extends [z.input<S>] ? S : never) : never;

/** An entity definition whose name is tied to the schema that `EntityFields` declares for it. */
export const defineEntity = <N extends EntityKind, S extends z.ZodObject>(
  def: Omit<EntityDef, 'name' | 'schema'> & { name: N; schema: Matches<S, N> & S },
): EntityDef & { name: N; schema: S } => def;

/**
 * How one kind of record is projected from ops. `lww` records merge per field by (HLC, device id) and are
 * deleted by tombstone; `append` records are written once and never conflict.
 */
export interface EntityDef {
  name: EntityName;
  table: string;
  mode: 'lww' | 'append';
  fields: Record<string, FieldKind>;
  /** Validates the fields an op carries, on local and remote ops alike; `set` ops check a partial of it. */
  schema: z.ZodObject;
  /** Fields the log never shows (a PIN hash): they replicate like any field but stay out of screens. */
  secretFields?: readonly string[];
  /** One line for the log: what this op did, in words a person reads. */
  describe(op: Op): string;
  /** Who may write it and what must hold for it to take effect. An entity without a rule cannot be written. */
  rule: EntityRule;
}

export const columnFor = (field: string): string => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);


type Column = string | number | null;

export function encodeField(kind: FieldKind, value: unknown): Column {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'bool':
      return value ? 1 : 0;
    case 'json':
      return JSON.stringify(value);
    default:
      return value as Column;
  }
}

export function decodeField(kind: FieldKind, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'bool':
      return value === 1;
    case 'json':
      return typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
    default:
      return value;
  }
}

/** A projection row turned back into the record's fields, camel-cased and decoded. */
export function decodeRow(def: EntityDef, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { id: row.id, incidentId: row.incident_id };
  for (const [f, kind] of Object.entries(def.fields)) out[f] = decodeField(kind, row[columnFor(f)]);
  return out;
}
