import type { IncomingMessage, ServerResponse } from 'node:http';
import { readRendererFile, rendererHeaders } from './renderer-files';

/** The page and its assets hold no data, so they are served without the token; the token lives in the fragment. */
export async function serveRenderer(req: IncomingMessage, res: ServerResponse, path: string, rendererDir: string, csp: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('method not allowed');
    return;
  }
  const file = await readRendererFile(rendererDir, path);
  res.writeHead(file.status, { ...rendererHeaders(file, csp), 'Content-Length': String(file.body.length) });
  res.end(req.method === 'HEAD' ? undefined : file.body);
}
