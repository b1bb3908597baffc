import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AddressPolicy } from '../connectors/address-guard.ts';

/** What the server answers: a recorded response, or `hang` (accept and never answer, for timeouts). */
export type Replay = { status?: number; headers?: Record<string, string>; body?: string | Uint8Array } | 'hang';

/** The replay server is on loopback, which connectors refuse unless told (as ALLOW_PRIVATE_SOURCE_URLS=true does). */
export const LOOPBACK_ALLOWED: AddressPolicy = { allowPrivate: true };

export type RecordedRequest = { method: string; path: string; url: URL; headers: IncomingMessage['headers']; body: string };

export type ReplayServer = {
  /** `http://127.0.0.1:<port>` (or the host asked for), no trailing slash. */
  origin: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
};

/**
 * A loopback HTTP server that replays stored API responses, so connectors are tested against real
 * sockets, status codes and headers without leaving the machine. `answer` sees each request.
 */
export async function startReplayServer(answer: (request: RecordedRequest) => Replay | Promise<Replay>, options: { host?: string } = {}): Promise<ReplayServer> {
  const host = options.host ?? '127.0.0.1';
  const requests: RecordedRequest[] = [];
  const server = createServer(async (incoming: IncomingMessage, response: ServerResponse) => {
    const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of incoming) chunks.push(chunk as Buffer);
    } catch {
      // The client went away mid-request (a timeout test): nobody is left to answer.
      return;
    }
    const request = { method: incoming.method ?? 'GET', path: url.pathname, url, headers: incoming.headers, body: Buffer.concat(chunks).toString('utf8') };
    requests.push(request);
    Promise.resolve(answer(request)).then(
      (replay) => {
        if (replay === 'hang') return;
        response.writeHead(replay.status ?? 200, replay.headers ?? {});
        response.end(replay.body ?? '');
      },
      (error: unknown) => {
        response.writeHead(599, { 'content-type': 'text/plain' });
        response.end(`replay handler failed: ${String(error)}`);
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function json(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Replay {
  return { status: init.status ?? 200, headers: { 'content-type': 'application/json; charset=utf-8', ...init.headers }, body: JSON.stringify(body) };
}
