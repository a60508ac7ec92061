import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { PASSPHRASE, tempDir } from './web-host-harness';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const URL_LINE = /^Concord web console: http:\/\/127\.0\.0\.1:(\d+)\/#token=([0-9a-f]{64})$/;

/** Runs the CLI as `npm start` does, collecting what it writes; `firstLine` resolves when stdout has one. */
function runCli(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host/cli.ts'], {
    cwd: projectRoot,
    // Sync on loopback and no beacons: the test never puts a packet on the machine's network.
    env: { ...process.env, CONCORD_PORT: '0', CONCORD_SYNC_HOST: '127.0.0.1', CONCORD_DISCOVERY: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const firstLine = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (stdout.includes('\n')) resolve(stdout.slice(0, stdout.indexOf('\n')));
    });
    child.once('exit', () => reject(new Error(`the CLI exited before printing its URL: ${stderr}`)));
  });
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  return { child, firstLine, exited, output: () => ({ stdout, stderr }) };
}

const data = tempDir('concord-cli-');
afterAll(() => data.cleanup());

describe('web host CLI', () => {
  it('prints exactly one stdout line with the URL, serves it, and exits cleanly on SIGTERM', async () => {
    const cli = runCli({ CONCORD_DATA_DIR: data.dir, CONCORD_PASSPHRASE: PASSPHRASE });
    const line = await cli.firstLine;
    const match = URL_LINE.exec(line);
    expect(match, line).not.toBeNull();
    const [, port, token] = match ?? [];

    const response = await fetch(`http://127.0.0.1:${port}/api/store:status`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: '{}' });
    expect(await response.json()).toMatchObject({ ok: true, value: { state: 'unlocked', dataDir: data.dir } });

    cli.child.kill('SIGTERM');
    const [code] = await cli.exited;
    expect(code).toBe(0);
    expect(cli.output().stdout).toBe(`${line}\n`);
    // stderr is a pipe here, as in a log: the recovery key (64 hex digits in groups of 8) must not be in it.
    expect(cli.output().stderr).toContain('store created');
    expect(cli.output().stderr).not.toMatch(/[0-9a-f]{8}(-[0-9a-f]{8}){7}/);
  });

  it('refuses a wrong CONCORD_PASSPHRASE with one line on stderr and exit code 1', async () => {
    const cli = runCli({ CONCORD_DATA_DIR: data.dir, CONCORD_PASSPHRASE: 'not the passphrase at all' });
    cli.firstLine.catch(() => undefined);
    const [code] = await cli.exited;
    expect(code).toBe(1);
    expect(cli.output().stdout).toBe('');
    expect(cli.output().stderr.trim().split('\n')).toEqual([`Concord: CONCORD_PASSPHRASE does not unlock the store in ${data.dir}.`]);
  });
});
