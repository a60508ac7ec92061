// `npm start`: the desktop app where an Electron runtime is installed, else (or with --web) the web console.
// `--dev` also rebuilds the renderer on change.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = new Set(process.argv.slice(2));
const require = createRequire(import.meta.url);

/**
 * The path of the Electron binary, or null. Read from electron's own path.txt (written once its binary is in place)
 * rather than by requiring the package: from Electron 45 that require starts a download of a missing binary, which
 * offline fails with a stack trace before we could say anything.
 */
function electronBinary() {
  const dir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(dir, 'dist'), readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** Runs a child with our terminal and passes our signals on; `exited` resolves with its exit code. */
function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env: process.env });
  const forward = (signal) => child.kill(signal);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, forward);
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      for (const s of ['SIGINT', 'SIGTERM']) process.off(s, forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
  return { child, exited };
}

async function startWebHost() {
  // Run directly, not through npm, so the watcher can be stopped when the host ends.
  const watcher = args.has('--dev') ? run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--watch', '--logLevel', 'warn']) : null;
  const code = await run(process.execPath, ['--import', 'tsx', 'electron/host/cli.ts']).exited;
  watcher?.child.kill('SIGTERM');
  return code;
}

async function main() {
  const electron = args.has('--web') ? null : electronBinary();
  if (!electron) {
    process.stderr.write(
      args.has('--web')
        ? 'Starting the web console (--web).\n'
        : 'Electron runtime not found (node_modules/electron has no binary); starting the web console instead.\n',
    );
    return startWebHost();
  }
  const built = await run(process.execPath, ['scripts/build-electron.mjs']).exited;
  if (built !== 0) return built;
  return run(electron, [root]).exited;
}

process.exitCode = await main();
