import { coreMigrations } from './db/schema';
import type { Migration } from './db/migrations';
import { projectionTableSql, type EntityDef } from './ops/entities';
import { incidentEntity } from './incident/entity';
import { logNoteEntity } from './log/entity';
import { deviceRevocationEntity } from './sync/revocation';
import { syncMigration } from './sync/schema';

/** Every kind of record the op log projects. A domain adds its entity here and its table to `migrations`. */
export const entityDefs: readonly EntityDef[] = [incidentEntity, logNoteEntity, deviceRevocationEntity];

/** Append only: a migration's number is its position. */
export const migrations: readonly Migration[] = [
  ...coreMigrations,
  { name: 'incidents', sql: projectionTableSql(incidentEntity) },
  { name: 'log notes', sql: projectionTableSql(logNoteEntity) },
  syncMigration,
  { name: 'device revocations', sql: projectionTableSql(deviceRevocationEntity) },
];
