import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

/** A web-host console in its own process, as a person would start it, on a temporary store. */
export interface BenchHost {
  url: string;
  token: string;
  origin: string;
  stop: () => Promise<void>;
}

export function startHost(dataDir: string, passphrase: string): Promise<BenchHost> {
  // Loopback only: no sync listener on the network and no discovery beacons from a benchmark.
  const env = { ...process.env, CONCORD_DATA_DIR: dataDir, CONCORD_PASSPHRASE: passphrase, CONCORD_PORT: '0', CONCORD_SYNC_HOST: '127.0.0.1', CONCORD_DISCOVERY: 'off' };
  const child = spawn('npx', ['tsx', 'electron/host/cli.ts'], { env, detached: true, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const match = /^Concord web console: (http:\/\/127\.0\.0\.1:\d+)\/#token=(\S+)$/.exec(line);
      if (match?.[1] && match[2]) resolve({ url: `${match[1]}/#token=${match[2]}`, origin: match[1], token: match[2], stop: () => stop(child) });
    });
    child.once('exit', (code) => reject(new Error(`the web host exited (${code}) before printing its URL`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(-child.pid, 'SIGTERM');
  await exited;
}

/** Calls a contract method over the web host's HTTP API, exactly as the browser client does. */
export async function callHost<T>(host: BenchHost, method: string, input: unknown): Promise<T> {
  const response = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error.code} ${body.error.message}`);
  return body.value;
}

/** Runs `count` calls with a few in flight, so HTTP round trips overlap the core's work. */
export async function callMany(count: number, inFlight: number, one: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await one(next++);
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
}
