import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

const PLAIN = 'text/plain; charset=utf-8';
export const NOT_BUILT_MESSAGE = 'The renderer is not built: run npm run build:renderer';

export interface RendererFile {
  status: 200 | 400 | 404 | 503;
  contentType: string;
  body: Buffer;
}

const plain = (status: RendererFile['status'], text: string): RendererFile => ({ status, contentType: PLAIN, body: Buffer.from(text) });

/** Resolves a URL path inside the built renderer, refusing anything that would step outside it. */
export function resolveInside(rootDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const root = resolve(rootDir);
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^[/\\]+/, '');
  const full = resolve(root, relative);
  return full.startsWith(root + sep) ? full : null;
}

/** Shared by the web host and the desktop app:// protocol, so both serve the same files the same way. */
export async function readRendererFile(rootDir: string, urlPath: string): Promise<RendererFile> {
  const full = resolveInside(rootDir, urlPath);
  if (!full) return plain(400, 'bad path');
  const info = await stat(full).catch(() => null);
  if (!info?.isFile()) {
    const wantsIndex = full === resolve(rootDir, 'index.html');
    return wantsIndex ? plain(503, NOT_BUILT_MESSAGE) : plain(404, 'not found');
  }
  return { status: 200, contentType: contentTypes[extname(full).toLowerCase()] ?? 'application/octet-stream', body: await readFile(full) };
}

/** Headers every renderer response carries; the CSP is what keeps injected markup from running script. */
export function rendererHeaders(file: RendererFile, csp: string): Record<string, string> {
  return {
    'Content-Type': file.contentType,
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // Rebuilds keep file names for index.html, so the browser must revalidate rather than show a stale console.
    'Cache-Control': 'no-cache',
  };
}
