import type { StreamEvent } from './events.js';

/** Largest text frame either side may send (RFC 6455 close code 1009 beyond it). */
export const MAX_FRAME_BYTES = 16 * 1024;

export type HelloFrame = { type: 'hello'; token: string; after: number };
export type AckFrame = { type: 'ack'; seq: number };
export type PingFrame = { type: 'ping'; ts: number | string };
export type PongFrame = { type: 'pong'; ts: number | string };

export type ClientFrame = HelloFrame | AckFrame | PingFrame | PongFrame;

export type ReadyFrame = { type: 'ready'; connection_id: string; head: number; heartbeat_ms: number };
export type EventFrame = { type: 'event'; event: StreamEvent };
export type ResetFrame = { type: 'reset'; head: number };
export type ErrorFrame = { type: 'error'; code: string; message: string };

export type ServerFrame = ReadyFrame | EventFrame | ResetFrame | ErrorFrame | PingFrame | PongFrame;

/** WebSocket close codes of the realtime protocol. */
export const CloseCode = {
  goingAway: 1001,
  messageTooBig: 1009,
  badToken: 4001,
  helloTimeout: 4002,
  malformedFrame: 4400,
  tooManyConnections: 4429,
  /** The client stopped reading: more than the server's send-buffer limit was waiting for it. */
  tooSlow: 4408,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** `code` of the socket's error frames, each followed by the close code beside it. */
export const SOCKET_ERRORS = {
  invalid_token: CloseCode.badToken,
  hello_timeout: CloseCode.helloTimeout,
  malformed_frame: CloseCode.malformedFrame,
  frame_too_large: CloseCode.messageTooBig,
  too_many_connections: CloseCode.tooManyConnections,
  too_slow: CloseCode.tooSlow,
} as const;
export type SocketErrorCode = keyof typeof SOCKET_ERRORS;
