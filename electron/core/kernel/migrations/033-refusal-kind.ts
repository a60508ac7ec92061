import type { Migration } from '../db/migrations';

/**
 * Released: this SQL never changes (tests/unit/kernel/migrations.test.ts holds its hash). Change the schema with a
 * new migration.
 *
 * The judge now keeps which check refused an op. Refusals judged before it kept only words, so theirs is read once
 * from the words the judge wrote until now (the cut's sentence, the roster's authority and signature sentences); the
 * judge writes the kind itself from here on.
 */
export const migration033: Migration = {
  version: 33,
  name: 'refusal kind',
  sql: `ALTER TABLE refused_ops ADD COLUMN kind TEXT NOT NULL DEFAULT 'rule of the record';
      UPDATE refused_ops SET kind = 'revoked console'
        WHERE reason = 'its console was revoked from this incident before this edit';
      UPDATE refused_ops SET kind = 'no role'
        WHERE code = 'forbidden' AND (reason LIKE '% holds no role that may %' OR reason LIKE 'Sign in as a person on this incident%');
      UPDATE refused_ops SET kind = 'not their signature'
        WHERE code = 'forbidden' AND (reason LIKE '% must set their own PIN before acting%' OR reason LIKE 'Written in % name without their signature%'
          OR reason LIKE 'Written in % name signed by a key that is not theirs%');`,
};
