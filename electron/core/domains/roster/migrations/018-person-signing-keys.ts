import type { Migration } from '../../../kernel/db/migrations';

/**
 * Released: this SQL never changes (tests/unit/kernel/migrations.test.ts holds its hash). Change the schema with a
 * new migration.
 * Proven authorship: ops carry their signer's key and signature, people their PIN-wrapped key, incidents the key their id derives from; wrong PINs are counted per person on this console.
 */
export const migration018: Migration = {
  version: 18,
  name: 'person signing keys',
  sql: `ALTER TABLE ops ADD COLUMN author_key TEXT NOT NULL DEFAULT '';
      ALTER TABLE ops ADD COLUMN author_sig TEXT;
      ALTER TABLE people ADD COLUMN public_key TEXT;
      ALTER TABLE people ADD COLUMN key_wrap TEXT;
      ALTER TABLE people ADD COLUMN pin_digits REAL;
      ALTER TABLE people ADD COLUMN key_set_by TEXT;
      ALTER TABLE incidents ADD COLUMN creator_key TEXT;
      ALTER TABLE incidents ADD COLUMN id_nonce TEXT;
      CREATE TABLE pin_resets (id TEXT PRIMARY KEY, incident_id TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, created_hlc TEXT, created_by TEXT, updated_hlc TEXT, clocks TEXT NOT NULL DEFAULT '{}', person_id TEXT, public_key TEXT, key_wrap TEXT, pin_digits REAL, confirmed_by TEXT);
CREATE INDEX pin_resets_by_incident ON pin_resets (incident_id);
      CREATE TABLE pin_failures (
        incident_id TEXT NOT NULL,
        person_id TEXT NOT NULL,
        count INTEGER NOT NULL,
        locked_until INTEGER NOT NULL,
        PRIMARY KEY (incident_id, person_id)
      ) WITHOUT ROWID;`,
};
