import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { PROBLEM_CONTENT_TYPE } from '@fitiq/contract';
import type { ConnectionError } from 'fastify';
import { problem } from './problem.js';

/**
 * Requests Node's HTTP parser refuses before Fastify sees them: malformed bytes, or headers over
 * Node's size limit (a huge Authorization). They get a problem document too, written to the socket
 * by hand since there is no request or reply yet; Fastify's default answered its own JSON.
 */
export const clientErrorHandler = (error: ConnectionError, socket: Socket): void => {
  // A reset connection has no one left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const answer =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? problem('headers_too_large', 'The request headers exceed the size limit')
        : problem('validation_failed', 'The request is not valid HTTP');
    const body = JSON.stringify(answer);
    socket.write(
      `HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status]}\r\n` +
        `content-type: ${PROBLEM_CONTENT_TYPE}; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\n` +
        `connection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
};
