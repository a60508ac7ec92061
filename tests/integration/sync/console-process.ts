import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { request } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebSocket } from 'ws';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const WEB_PORT = 8080;
export const SYNC_PORT = 7000;
export const PASSPHRASE = 'correct horse battery staple';

type Envelope = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

/** Resolves when `text()` matches, re-checked on every chunk the stream emits; rejects after `ms`. */
function waitForOutput(stream: NodeJS.ReadableStream, text: () => string, pattern: RegExp, ms: number): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const match = pattern.exec(text());
      if (!match) return;
      cleanup();
      resolve(match);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out after ${ms} ms waiting for ${pattern}: ${text().slice(-2000)}`));
    }, ms);
    const cleanup = () => {
      clearTimeout(timer);
      stream.off('data', check);
    };
    stream.on('data', check);
    check();
  });
}

/**
 * One headless console: the real web-host CLI in its own network namespace, its API reached through a Unix
 * socket forwarder started in the same namespace.
 */
export class ConsoleProcess {
  private cli: ChildProcess | null = null;
  private forwarder: ChildProcess | null = null;
  private token = '';
  stderr = '';
  readonly socketPath: string;

  constructor(
    readonly name: string,
    readonly ns: string,
    readonly address: string,
    readonly dataDir: string,
  ) {
    this.socketPath = join(dataDir, '..', `${name}.sock`);
  }

  get syncAddress(): string {
    return `${this.address}:${SYNC_PORT}`;
  }

  async start(env: Record<string, string> = {}): Promise<void> {
    this.stderr = '';
    const cli = spawn('ip', ['netns', 'exec', this.ns, process.execPath, '--import', 'tsx', 'electron/host/cli.ts'], {
      cwd: projectRoot,
      env: {
        ...process.env,
        CONCORD_DATA_DIR: this.dataDir,
        CONCORD_PASSPHRASE: PASSPHRASE,
        CONCORD_PORT: String(WEB_PORT),
        CONCORD_SYNC_PORT: String(SYNC_PORT),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.cli = cli;
    let stdout = '';
    cli.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
    cli.stderr?.on('data', (c: Buffer) => (this.stderr += c.toString()));
    const [, token] = await waitForOutput(cli.stdout as NodeJS.ReadableStream, () => stdout, /#token=([0-9a-f]{64})/, 30_000);
    this.token = token ?? '';
    await this.waitForLog(/sync: listening/, 30_000);
    if (!this.forwarder) {
      const fwd = spawn('ip', ['netns', 'exec', this.ns, process.execPath, join(projectRoot, 'tests/integration/sync/uds-forward.mjs'), this.socketPath, String(WEB_PORT)], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      this.forwarder = fwd;
      let out = '';
      fwd.stdout?.on('data', (c: Buffer) => (out += c.toString()));
      await waitForOutput(fwd.stdout as NodeJS.ReadableStream, () => out, /ready/, 15_000);
    }
  }

  waitForLog(pattern: RegExp, ms = 20_000): Promise<RegExpExecArray> {
    const stream = this.cli?.stderr;
    if (!stream) return Promise.reject(new Error(`${this.name} is not running`));
    return waitForOutput(stream, () => this.stderr, pattern, ms);
  }

  /** Calls a contract method; answers the envelope. */
  call(method: string, input: unknown): Promise<Envelope> {
    const body = JSON.stringify(input);
    return new Promise((resolve, reject) => {
      const req = request(
        {
          socketPath: this.socketPath,
          path: `/api/${method}`,
          method: 'POST',
          headers: { Host: `127.0.0.1:${WEB_PORT}`, Authorization: `Bearer ${this.token}`, 'Content-Type': 'application/json' },
          timeout: 30_000,
          // A fresh connection per call: a pooled one can be closed by the server's keep-alive timeout as it is reused.
          agent: false,
        },
        (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => resolve(JSON.parse(text) as Envelope));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  async value<T>(method: string, input: unknown): Promise<T> {
    const r = await this.call(method, input);
    if (!r.ok) throw new Error(`${this.name} ${method}: ${r.error.code}: ${r.error.message}`);
    return r.value as T;
  }

  /** The console's event stream (the same WebSocket the renderer uses). */
  async events(): Promise<WebSocket> {
    const ws = new WebSocket(`ws+unix://${this.socketPath}:/api/events`, ['concord.v1', `bearer.${this.token}`], {
      headers: { Host: `127.0.0.1:${WEB_PORT}` },
    });
    await once(ws, 'open');
    return ws;
  }

  /** SIGKILL: no chance to close anything, as a power cut. */
  async kill(): Promise<void> {
    const cli = this.cli;
    this.cli = null;
    if (!cli || cli.exitCode !== null) return;
    const exited = once(cli, 'exit');
    cli.kill('SIGKILL');
    await exited;
  }

  async stop(): Promise<void> {
    const cli = this.cli;
    this.cli = null;
    if (cli && cli.exitCode === null) {
      const exited = once(cli, 'exit');
      cli.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000).unref())]);
      if (cli.exitCode === null) cli.kill('SIGKILL');
    }
  }

  /** Stops the console and its forwarder, for good. */
  async close(): Promise<void> {
    await this.stop();
    if (this.forwarder && this.forwarder.exitCode === null) this.forwarder.kill('SIGKILL');
    this.forwarder = null;
  }
}
