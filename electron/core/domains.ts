import { coreMigrations } from './db/schema';
import type { Migration } from './db/migrations';
import { projectionTableSql, type EntityDef } from './ops/entities';
import { incidentEntity } from './incident/entity';
import { logNoteEntity } from './log/entity';
import { assignmentEntity, checkInEntity, personEntity, pinResetEntity, roleEntity } from './roster/entities';
import { priorityEntity } from './priorities/entity';
import { decisionEntity } from './decisions/entity';
import { actorCheckInEntity, actorEntity, actorIndexesSql, actorSettingsEntity } from './actors/entity';
import { backlashReportEntity, protectionIndexesSql, protectionMeasureEntity, protectionNeedEntity } from './protection/entity';
import { taskEntity, taskIndexesSql } from './tasks/entity';
import { statementEntities, statementMigrations } from './statements/entities';
import { deviceRevocationEntity } from './sync/revocation';
import { membershipMigration, syncMigration } from './sync/schema';
import { admissionEntity, invitationEntity } from './sync/invitation';
import { refusalReentryEntity } from './refusal/entity';

/** Every kind of record the op log projects. A domain adds its entity here and its table to `migrations`. */
export const entityDefs: readonly EntityDef[] = [
  incidentEntity,
  logNoteEntity,
  deviceRevocationEntity,
  invitationEntity,
  admissionEntity,
  actorEntity,
  actorCheckInEntity,
  actorSettingsEntity,
  protectionNeedEntity,
  protectionMeasureEntity,
  backlashReportEntity,
  taskEntity,
  personEntity,
  roleEntity,
  assignmentEntity,
  checkInEntity,
  pinResetEntity,
  priorityEntity,
  decisionEntity,
  ...statementEntities,
  refusalReentryEntity,
];

// Tables as their first migration made them: a migration's SQL never changes; later columns come by ALTER.
const { withheldNames: _addedLater, creatorKey: _keyAddedLater, idNonce: _nonceAddedLater, ...incidentFieldsAtFirstMigration } = incidentEntity.fields;
/** People signed in with a PIN hash before they signed with keys. */
const personFieldsAtFirstMigration = { name: 'text', agency: 'text', contact: 'text', languages: 'json', pinHash: 'text' } as const;
const { lastSeq: _cutAddedLater, epoch: _epochAddedLater, secretHash: _hashAddedLater, ...revocationFieldsAtFirstMigration } = deviceRevocationEntity.fields;

/** Append only: a migration's number is its position. */
export const migrations: readonly Migration[] = [
  ...coreMigrations,
  { name: 'incidents', sql: projectionTableSql({ ...incidentEntity, fields: incidentFieldsAtFirstMigration }) },
  { name: 'log notes', sql: projectionTableSql(logNoteEntity) },
  syncMigration,
  { name: 'device revocations', sql: projectionTableSql({ ...deviceRevocationEntity, fields: revocationFieldsAtFirstMigration }) },
  {
    name: 'actors, check-ins and stale setting',
    sql: [actorEntity, actorCheckInEntity, actorSettingsEntity].map(projectionTableSql).join('\n') + '\n' + actorIndexesSql,
  },
  {
    name: 'protection needs, measures and backlash reports',
    sql: [protectionNeedEntity, protectionMeasureEntity, backlashReportEntity].map(projectionTableSql).join('\n') + '\n' + protectionIndexesSql,
  },
  { name: 'tasks', sql: `${projectionTableSql(taskEntity)}\n${taskIndexesSql}` },
  {
    name: 'roster, chain of command and check-ins',
    sql: [{ ...personEntity, fields: personFieldsAtFirstMigration }, roleEntity, assignmentEntity, checkInEntity].map(projectionTableSql).join('\n') + '\nCREATE INDEX assignments_by_person ON assignments (incident_id, person_id);',
  },
  { name: 'priorities', sql: projectionTableSql(priorityEntity) },
  { name: 'decisions', sql: projectionTableSql(decisionEntity) },
  ...statementMigrations,
  // Nothing reads log notes by incident (the log is read from the op log), and the busiest table paid for the index on every note.
  { name: 'log notes: drop the unread incident index', sql: 'DROP INDEX log_notes_by_incident;' },
  {
    // Authentic ops the judge found invalid: kept in the op log, never projected, listed with their reason.
    name: 'refused ops',
    sql: `CREATE TABLE refused_ops (
        incident_id TEXT NOT NULL,
        device_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        hlc TEXT NOT NULL,
        code TEXT NOT NULL,
        reason TEXT NOT NULL,
        PRIMARY KEY (incident_id, device_id, seq)
      ) WITHOUT ROWID;
      CREATE INDEX refused_ops_by_time ON refused_ops (incident_id, hlc);`,
  },
  { name: 'device revocations cut a chain at a seq', sql: 'ALTER TABLE device_revocations ADD COLUMN last_seq REAL;' },
  { name: 'refused edits re-entered', sql: `${projectionTableSql(refusalReentryEntity)}\nCREATE INDEX refusal_reentries_by_op ON refusal_reentries (incident_id, refused_device, refused_seq);` },
  {
    // Proven authorship: each op names the key of the person who signed its commit; people carry that key, wrapped
    // under their PIN; an incident's id is derived from its opener's key; wrong PINs are counted per person.
    name: 'person signing keys',
    sql: `ALTER TABLE ops ADD COLUMN author_key TEXT NOT NULL DEFAULT '';
      ALTER TABLE ops ADD COLUMN author_sig TEXT;
      ALTER TABLE people ADD COLUMN public_key TEXT;
      ALTER TABLE people ADD COLUMN key_wrap TEXT;
      ALTER TABLE people ADD COLUMN pin_digits REAL;
      ALTER TABLE people ADD COLUMN key_set_by TEXT;
      ALTER TABLE incidents ADD COLUMN creator_key TEXT;
      ALTER TABLE incidents ADD COLUMN id_nonce TEXT;
      ${projectionTableSql(pinResetEntity)}
      CREATE TABLE pin_failures (
        incident_id TEXT NOT NULL,
        person_id TEXT NOT NULL,
        count INTEGER NOT NULL,
        locked_until INTEGER NOT NULL,
        PRIMARY KEY (incident_id, person_id)
      ) WITHOUT ROWID;`,
  },
  membershipMigration,
];
