import { networkInterfaces } from 'node:os';

/**
 * The address a join code names: the bind address when it is a specific one, else this machine's first
 * non-internal IPv4 address (the one the local network reaches), else loopback.
 */
export function advertisedHost(bindHost: string | undefined): string {
  if (bindHost && bindHost !== '0.0.0.0' && bindHost !== '::') return bindHost;
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return '127.0.0.1';
}
