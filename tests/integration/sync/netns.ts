import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

const ip = (...args: string[]) => execFileSync('ip', args, { stdio: ['ignore', 'ignore', 'pipe'] });

/** Fails with one line when network namespaces cannot be made here (not root, no iproute2): never a silent skip. */
export function requireNetns(): void {
  if (process.getuid?.() !== 0) throw new Error('the sync tests make network namespaces with `ip netns` and must run as root (CI does)');
  try {
    execFileSync('ip', ['-V'], { stdio: 'ignore' });
  } catch {
    throw new Error('the sync tests need iproute2 (`apt-get install iproute2`; .ci/run installs it)');
  }
}

/**
 * A private test LAN: one namespace holding a bridge (the switch) and one namespace per console, each wired to
 * the bridge by a veth pair, addressed 10.77.0.<n>/24. Nothing touches the machine's own network namespace:
 * traffic stays on these links. Names carry a random id so parallel runs do not collide.
 */
export class TestLan {
  readonly id = randomBytes(3).toString('hex');
  readonly switchNs = `concord-sw-${this.id}`;
  private readonly hosts: string[] = [];

  constructor() {
    requireNetns();
    ip('netns', 'add', this.switchNs);
    ip('-n', this.switchNs, 'link', 'add', 'br0', 'type', 'bridge');
    ip('-n', this.switchNs, 'link', 'set', 'br0', 'up');
  }

  /** Adds console n (1-based): its namespace name and address. */
  addHost(n: number): { ns: string; address: string } {
    const ns = `concord-c${n}-${this.id}`;
    const port = `p${n}`;
    const address = `10.77.0.${n}`;
    ip('netns', 'add', ns);
    this.hosts.push(ns);
    ip('-n', ns, 'link', 'add', 'eth0', 'type', 'veth', 'peer', 'name', port, 'netns', this.switchNs);
    ip('-n', this.switchNs, 'link', 'set', port, 'master', 'br0');
    ip('-n', this.switchNs, 'link', 'set', port, 'up');
    ip('-n', ns, 'addr', 'add', `${address}/24`, 'dev', 'eth0');
    ip('-n', ns, 'link', 'set', 'lo', 'up');
    ip('-n', ns, 'link', 'set', 'eth0', 'up');
    // Broadcast and multicast beacons need a route; the only way out of this namespace is the test bridge.
    ip('-n', ns, 'route', 'add', 'default', 'dev', 'eth0');
    return { ns, address };
  }

  /** Pulls console n's cable (its switch port) out or puts it back. */
  setLink(n: number, up: boolean): void {
    ip('-n', this.switchNs, 'link', 'set', `p${n}`, up ? 'up' : 'down');
  }

  destroy(): void {
    for (const ns of [...this.hosts, this.switchNs]) {
      try {
        ip('netns', 'del', ns);
      } catch {
        // Already gone: cleanup must go on with the others.
      }
    }
  }
}
