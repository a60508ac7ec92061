import { entityDefs, migrations } from '../domains';
import { checkpointWhenIdle } from '../db/checkpoint';
import { migrate } from '../db/migrations';
import { openDatabase, type Db } from '../db/open';
import { HybridClock, type Clock } from '../ops/hlc';
import { OpLog } from '../ops/op-log';
import { Projector } from '../ops/projector';
import { generateDeviceKeys, loadDeviceKeys, type DeviceKeys } from '../ops/signing';

/** Who is signed in on this console, as a person of one incident's roster. */
export interface OperatorSession {
  incidentId: string;
  personId: string;
}

/** In memory only: signing in is per console process, and locking the store signs everyone out. */
export interface Session {
  operator: OperatorSession | null;
  /** Wrong PINs per person, to slow down guessing at a console left unattended. */
  failures: Map<string, { count: number; lockedUntil: number }>;
}

/** Everything that exists only while the store is unlocked: the open database, the device keys and the op log. */
export interface Workspace {
  db: Db;
  device: DeviceKeys;
  ops: OpLog;
  clock: Clock;
  session: Session;
  /** The operator whose person id goes on local ops; the console itself (allowed nothing) until someone signs in. */
  author(): string;
}

/** `rawKey` null opens a plain database: the benchmark's baseline only, never a console's store. */
export function openWorkspace(dbFile: string, rawKey: Buffer | null, clock: Clock): Workspace {
  const db = openDatabase(dbFile, rawKey);
  try {
    migrate(db, migrations);
    const device = loadOrCreateDevice(db, clock);
    const ops = new OpLog(db, device, new HybridClock(clock), new Projector(db, entityDefs));
    // Every op, local or remote, is judged by the op log's judge (ops/judge.ts) against each entity's own rule.
    ops.onChange(checkpointWhenIdle(db));
    const session: Session = { operator: null, failures: new Map() };
    return { db, device, ops, clock, session, author: () => session.operator?.personId ?? `console:${device.deviceId.slice(0, 8)}` };
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
