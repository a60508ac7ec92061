/**
 * One policy for the renderer wherever it is served. The web host adds the loopback WebSocket for events;
 * the desktop window talks over IPC and needs no connect-src beyond itself.
 */
export function contentSecurityPolicy(options: { loopbackWebSocket: boolean }): string {
  return [
    "default-src 'self'",
    options.loopbackWebSocket ? "connect-src 'self' ws://127.0.0.1:*" : "connect-src 'self'",
    "img-src 'self' data:",
    "style-src 'self' 'unsafe-inline'",
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
