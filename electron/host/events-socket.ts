import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { eventNames } from '../../shared/contract';
import type { Concord } from '../core/app/concord';
import { bearerFromSubprotocols, SUBPROTOCOL, tokenMatches } from './auth';

export interface EventsSocket {
  /** Takes over an HTTP upgrade for `/api/events`, or refuses it with 401 when the token is not offered. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  close(): void;
}

export function refuseUpgrade(socket: Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** Pushes every contract event to every connected screen as `{ event, payload }`. */
export function createEventsSocket(concord: Pick<Concord, 'on'>, token: string): EventsSocket {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024, handleProtocols: () => SUBPROTOCOL });
  const broadcast = (message: string) => {
    for (const client of wss.clients) if (client.readyState === WebSocket.OPEN) client.send(message);
  };
  const unsubscribes = eventNames.map((event) => concord.on(event, (payload) => broadcast(JSON.stringify({ event, payload }))));
  // Screens only listen; anything a client sends is ignored rather than trusted.
  wss.on('connection', (ws) => ws.on('error', () => ws.terminate()));

  return {
    handleUpgrade(req, socket, head) {
      if (!tokenMatches(token, bearerFromSubprotocols(req.headers['sec-websocket-protocol']))) {
        refuseUpgrade(socket, '401 Unauthorized');
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
    },
    close() {
      for (const unsubscribe of unsubscribes) unsubscribe();
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
}
