import { randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh secret per run: anything that can read it could already read this user's files. */
export const newToken = (): string => randomBytes(32).toString('hex');

/** Constant time, so the token cannot be guessed byte by byte from response timings. */
export function tokenMatches(expected: string, offered: string | undefined): boolean {
  if (offered === undefined) return false;
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(offered, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

export function bearerFrom(authorization: string | undefined): string | undefined {
  const match = /^Bearer ([^\s]+)$/i.exec(authorization?.trim() ?? '');
  return match?.[1];
}

export const SUBPROTOCOL = 'concord.v1';
const BEARER_PROTOCOL = 'bearer.';

/** Browsers cannot set headers on a WebSocket, so the token rides as an offered subprotocol. */
export function bearerFromSubprotocols(header: string | undefined): string | undefined {
  const offered = (header ?? '').split(',').map((p) => p.trim());
  if (!offered.includes(SUBPROTOCOL)) return undefined;
  return offered.find((p) => p.startsWith(BEARER_PROTOCOL))?.slice(BEARER_PROTOCOL.length);
}

/**
 * Only requests addressed to the loopback name we printed are served. A page elsewhere that rebinds its own
 * DNS name to 127.0.0.1 would send its own Host header and be refused.
 */
export function hostAllowed(hostHeader: string | undefined, port: number): boolean {
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`;
}

/**
 * A browser names the page that sent a request in `Origin`: on the API and the events socket only the host's own
 * page may. A request without one comes from no page (a script on this machine holding the token), and passes.
 */
export function originAllowed(originHeader: string | undefined, port: number): boolean {
  return originHeader === undefined || originHeader === `http://127.0.0.1:${port}` || originHeader === `http://localhost:${port}`;
}
