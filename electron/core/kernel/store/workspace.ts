import { checkpointWhenIdle } from '../db/checkpoint';
import { migrate } from '../db/migrations';
import { openDatabase, type Db } from '../db/open';
import { HybridClock, type Clock } from '../ops/hlc';
import { OpLog, type Author } from '../ops/op-log';
import { consoleAuthor } from '../ops/verdict';
import { Projector } from '../ops/projector';
import type { Schema } from '../domain';
import type { EntityDef } from '../ops/entities';
import { generateDeviceKeys, loadDeviceKeys, type DeviceKeys, type SigningKey } from '../ops/signing';

/**
 * Who is signed in on this console, as a person of one incident's roster, with the signing key their PIN opened:
 * held in memory only, so locking the store or signing out drops it.
 */
export interface OperatorSession {
  incidentId: string;
  personId: string;
  key: SigningKey;
}

/** In memory only: signing in is per console process, and locking the store signs everyone out. */
export interface Session {
  operator: OperatorSession | null;
}

/** Everything that exists only while the store is unlocked: the open database, the device keys and the op log. */
export interface Workspace {
  db: Db;
  device: DeviceKeys;
  ops: OpLog;
  clock: Clock;
  session: Session;
  /** Every kind of record the op log projects (the state hash covers their tables). */
  entities: readonly EntityDef[];
  /** The operator who signs local ops; the console itself (allowed nothing) until someone signs in. */
  author(): Author;
  /** The person id (or console) that author() signs as. */
  authorId(): string;
}

/** `rawKey` null opens a plain database: the benchmark's baseline only, never a console's store. */
export function openWorkspace(dbFile: string, rawKey: Buffer | null, clock: Clock, schema: Schema): Workspace {
  const db = openDatabase(dbFile, rawKey);
  try {
    migrate(db, schema.migrations);
    const device = loadOrCreateDevice(db, clock);
    const ops = new OpLog(db, device, new HybridClock(clock), new Projector(db, schema.entities), schema.trust);
    // Every op, local or remote, is judged by the op log's judge (ops/judge.ts) against each entity's own rule.
    ops.onChange(checkpointWhenIdle(db));
    const session: Session = { operator: null };
    const authorId = (): string => session.operator?.personId ?? consoleAuthor(device.deviceId);
    const author = (): Author => {
      const operator = session.operator;
      return operator ? { id: operator.personId, key: operator.key } : authorId();
    };
    return { db, device, ops, clock, session, entities: schema.entities, author, authorId };
  } catch (error) {
    db.close();
    throw error;
  }
}

function loadOrCreateDevice(db: Db, clock: Clock): DeviceKeys {
  const row = db.prepare('SELECT public_key, private_key FROM local_device').get() as
    | { public_key: string; private_key: string }
    | undefined;
  if (row) return loadDeviceKeys(row.public_key, row.private_key);
  const { keys, privateKeyPem } = generateDeviceKeys();
  db.prepare('INSERT INTO local_device (id, public_key, private_key, created_at) VALUES (?, ?, ?, ?)').run(
    keys.deviceId,
    keys.publicKeyHex,
    privateKeyPem,
    new Date(clock.now()).toISOString(),
  );
  return keys;
}
