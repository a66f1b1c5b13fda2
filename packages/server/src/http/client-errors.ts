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
const answerFor = (code: string | undefined) => {
  if (code === 'HPE_HEADER_OVERFLOW')
    return problem('headers_too_large', 'The request headers exceed the size limit');
  // Headers or body trickled in slower than the timeouts allow (slowloris).
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return problem('request_timeout', 'The request did not arrive within the time allowed');
  return problem('validation_failed', 'The request is not valid HTTP');
};

export const clientErrorHandler = (error: ConnectionError, socket: Socket): void => {
  // A reset connection has no one left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const answer = answerFor(error.code);
    const body = JSON.stringify(answer);
    socket.write(
      `HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status]}\r\n` +
        `content-type: ${PROBLEM_CONTENT_TYPE}; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\n` +
        `connection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
};
