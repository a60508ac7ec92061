// Bundles the desktop entry points. The preload runs in a sandbox that cannot require project files, so it
// must be one self-contained file; electron and the native SQLite binding stay external and load at run time.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: { main: 'electron/main.ts', preload: 'electron/preload.ts' },
  outdir: 'dist-electron',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  // noise-handshake loads libsodium's prebuilt binary (sodium-native) from its package folder at run time.
  external: ['electron', 'better-sqlite3-multiple-ciphers', 'noise-handshake', 'qrcode'],
  sourcemap: true,
  logLevel: 'warning',
});
