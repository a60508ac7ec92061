import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { PASSPHRASE, tempDir } from './web-host-harness';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** One web console process on `dataDir`; `url` resolves with its URL line, or rejects if it ends first. */
function startConsole(dataDir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host/cli.ts'], {
    cwd: projectRoot,
    // Sync on loopback and no beacons: the test never puts a packet on the machine's network.
    env: { ...process.env, CONCORD_DATA_DIR: dataDir, CONCORD_PASSPHRASE: PASSPHRASE, CONCORD_PORT: '0', CONCORD_SYNC_HOST: '127.0.0.1', CONCORD_DISCOVERY: 'off' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (out.stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (out.stderr += chunk.toString('utf8')));
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const match = /http:\/\/\S+/.exec(out.stdout);
      if (match) resolve(match[0]);
    });
    void exited.then(() => reject(new Error(`the console exited before printing its URL: ${out.stderr}`)));
  });
  url.catch(() => undefined);
  return { child, url, exited, out };
}

const data = tempDir('concord-lock-cli-');
const running: ReturnType<typeof startConsole>[] = [];
afterAll(async () => {
  for (const c of running) if (c.child.exitCode === null && c.child.signalCode === null) c.child.kill('SIGKILL');
  await Promise.all(running.map((c) => c.exited));
  data.cleanup();
});

describe('one console process per data folder', () => {
  it('refuses a second process in one stderr line and a non-zero exit; after the first is killed with SIGKILL, a third starts at once', async () => {
    const first = startConsole(data.dir);
    running.push(first);
    await first.url;

    const second = startConsole(data.dir);
    running.push(second);
    // Raced with its URL, so that a second console that does start fails here rather than by the time limit.
    const code = await Promise.race([second.exited.then(([c]) => c), second.url.then(() => 'started and serving')]);
    expect(code).not.toBe('started and serving');
    expect(code).not.toBe(0);
    expect(second.out.stdout).toBe('');
    const lines = second.out.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(data.dir);
    expect(lines[0]).toContain(`process ${first.child.pid}`);

    first.child.kill('SIGKILL');
    await first.exited;

    const third = startConsole(data.dir);
    running.push(third);
    const url = new URL(await third.url);
    const token = /token=([0-9a-f]+)/.exec(url.hash)?.[1] ?? '';
    const response = await fetch(`${url.origin}/api/store:status`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: '{}' });
    expect(await response.json()).toMatchObject({ ok: true, value: { state: 'unlocked', dataDir: data.dir } });
    third.child.kill('SIGTERM');
    expect((await third.exited)[0]).toBe(0);
  });
});
