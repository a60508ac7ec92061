import type { IncomingMessage, ServerResponse } from 'node:http';
import { fail, httpStatusFor, type ErrorCode, type Result } from '../../shared/result';
import type { Concord } from '../core/app/concord';
import type { ApiDescription } from './api-description';
import { bearerFrom, tokenMatches } from './auth';
import { readBody } from './body';

export interface ApiContext {
  concord: Pick<Concord, 'call'>;
  token: string;
  description: ApiDescription;
}

function sendJson(res: ServerResponse, status: number, body: unknown, extraHeaders: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...extraHeaders,
  });
  res.end(text);
}

const sendError = (res: ServerResponse, code: ErrorCode, message: string, status = httpStatusFor[code], headers?: Record<string, string>) =>
  sendJson(res, status, fail(code, message), headers);

const sendResult = (res: ServerResponse, result: Result<unknown>) =>
  sendJson(res, result.ok ? 200 : httpStatusFor[result.error.code], result);

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

async function callMethod(req: IncomingMessage, res: ServerResponse, ctx: ApiContext, method: string): Promise<void> {
  const body = await readBody(req);
  if (body.kind === 'aborted') return;
  if (body.kind === 'too_large') {
    // Closing the connection is what stops the client sending the rest; nothing more of it is read.
    sendError(res, 'payload_too_large', 'request bodies are limited to 1 MiB', 413, { Connection: 'close' });
    return;
  }
  const json = parseJson(body.text);
  if (!json.ok) return sendError(res, 'invalid_input', 'the request body is not valid JSON');
  sendResult(res, await ctx.concord.call(method, json.value));
}

/** `GET /api` describes the contract, `POST /api/<method>` calls it; everything needs the run's token. */
export async function handleApi(req: IncomingMessage, res: ServerResponse, ctx: ApiContext, path: string): Promise<void> {
  if (!tokenMatches(ctx.token, bearerFrom(req.headers.authorization))) {
    return sendError(res, 'unauthorized', 'send the token printed at start as Authorization: Bearer <token>', 401, {
      'WWW-Authenticate': 'Bearer',
    });
  }
  if (path === '/api' || path === '/api/') {
    if (req.method === 'GET') return sendJson(res, 200, ctx.description);
    return sendError(res, 'unknown_method', 'GET /api lists the methods; call one with POST /api/<method>', 405, { Allow: 'GET' });
  }
  if (req.method !== 'POST') {
    return sendError(res, 'unknown_method', `call methods with POST ${path}`, 405, { Allow: 'POST' });
  }
  let method: string;
  try {
    method = decodeURIComponent(path.slice('/api/'.length));
  } catch {
    return sendError(res, 'unknown_method', 'the method name in the path is not valid URL encoding');
  }
  await callMethod(req, res, ctx, method);
}
