import { entityDefs, migrations } from '../domains';
import { migrate } from '../db/migrations';
import { openDatabase, type Db } from '../db/open';
import { HybridClock, type Clock } from '../ops/hlc';
import { OpLog } from '../ops/op-log';
import { Projector } from '../ops/projector';
import { generateDeviceKeys, loadDeviceKeys, type DeviceKeys } from '../ops/signing';

/** Everything that exists only while the store is unlocked: the open database, the device keys and the op log. */
export interface Workspace {
  db: Db;
  device: DeviceKeys;
  ops: OpLog;
  clock: Clock;
  /** The operator whose name goes on local ops; the console itself until someone signs in. */
  author(): string;
}

/** `rawKey` null opens a plain database: the benchmark's baseline only, never a console's store. */
export function openWorkspace(dbFile: string, rawKey: Buffer | null, clock: Clock): Workspace {
  const db = openDatabase(dbFile, rawKey);
  try {
    migrate(db, migrations);
    const device = loadOrCreateDevice(db, clock);
    const ops = new OpLog(db, device, new HybridClock(clock), new Projector(db, entityDefs));
    return { db, device, ops, clock, author: () => `console:${device.deviceId.slice(0, 8)}` };
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
