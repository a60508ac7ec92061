import { homedir } from 'node:os';
import { join } from 'node:path';

/** The OS's per-user application data folder, the same place Electron's `userData` points to. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.CONCORD_DATA_DIR) return env.CONCORD_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Concord');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Concord');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Concord');
}
