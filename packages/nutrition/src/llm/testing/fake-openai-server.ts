/**
 * A local stand-in for an OpenAI-compatible API: a real HTTP server on 127.0.0.1 (port 0) that
 * answers chat-completions requests from a script, in order, and records what it was sent.
 * We cannot run a model here, and tests must not reach the network.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ScriptedReply = {
  status?: number;
  /** Sent as JSON unless it is a string, which is sent as is. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Wait this long before answering, to make the client time out. */
  delayMs?: number;
  /** Drop the connection without answering, like a crashed upstream. */
  hangUp?: boolean;
};

export type RecordedRequest = {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: unknown;
};

export type FakeOpenAi = {
  baseUrl: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
};

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function answer(response: ServerResponse, reply: ScriptedReply): void {
  if (reply.hangUp) {
    response.socket?.destroy();
    return;
  }
  const body = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? {});
  response.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
  response.end(body);
}

export async function startFakeOpenAi(script: ScriptedReply[]): Promise<FakeOpenAi> {
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer(async (request, response) => {
    requests.push({
      method: request.method ?? '',
      url: request.url ?? '',
      headers: request.headers,
      body: await readBody(request),
    });
    const reply = script.shift() ?? { status: 500, body: { error: { message: 'no scripted reply left' } } };
    if (!reply.delayMs) return answer(response, reply);
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!response.destroyed) answer(response, reply);
    }, reply.delayMs);
    timers.add(timer);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
