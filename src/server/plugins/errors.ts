import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { type ErrorCode, errorCodes } from '../../shared/error-codes';
import { AppError } from '../errors';

type ErrorBody = { error: { code: ErrorCode; message: string; details?: unknown; requestId?: string } };

/** Every error leaves in one shape: { error: { code, message, details? } }; 500s show only a request id. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) {
      if (err.headers) reply.headers(err.headers);
      return reply.code(err.statusCode).send(body(err.code, err.message, err.details));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => ({
        path: [err.validationContext, ...v.instancePath.split('/').filter(Boolean)].join('.'),
        message: v.message ?? 'Invalid value.',
      }));
      const first = details[0];
      return reply
        .code(400)
        .send(
          body('validation_failed', first ? `${first.path}: ${first.message}` : 'Invalid request.', details),
        );
    }
    if (
      err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
      (err.statusCode === 400 && err instanceof SyntaxError)
    ) {
      return reply.code(400).send(body('invalid_json', 'The request body is not valid JSON.'));
    }
    if (err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      return reply.code(400).send(body('invalid_json', 'The request body is empty; send a JSON object.'));
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.code(err.statusCode).send(body(frameworkErrorCode(err.code), err.message));
    }
    req.log.error({ err }, 'unhandled error');
    return reply.code(500).send({
      error: {
        code: 'internal_error' satisfies ErrorCode,
        message: `Something went wrong on our side (request ${req.id}).`,
        requestId: req.id,
      },
    });
  });

  app.setNotFoundHandler((req, reply) => {
    reply.code(404).send(body('not_found', `No route for ${req.method} ${req.url.split('?')[0]}.`));
  });
}

/**
 * Fastify's `frameworkErrors` option: errors met before a route is found (bad percent-encoding in the URL, a path
 * parameter over maxParamLength) in the one shape rather than Fastify's own (issue 15). The path is not echoed.
 */
export function frameworkErrorHandler(err: FastifyError, _req: FastifyRequest, reply: FastifyReply): void {
  const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 400;
  const message =
    err.code === 'FST_ERR_BAD_URL'
      ? 'The address is not valid: check its percent-encoding.'
      : err.code === 'FST_ERR_MAX_PARAM_LENGTH'
        ? 'A part of the address is too long.'
        : 'The request could not be routed.';
  reply.code(status).send(body(frameworkErrorCode(err.code), message));
}

/**
 * Fastify's `clientErrorHandler` option: what Node's HTTP parser refuses before any request exists (headers too
 * large, a timeout, garbage) is answered on the socket in the one shape, then the socket is closed.
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, payload]: [number, string, ErrorBody] =
    err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'Request Timeout', body('request_timeout', 'The request took too long to arrive.')]
      : err.code === 'HPE_HEADER_OVERFLOW'
        ? [
            431,
            'Request Header Fields Too Large',
            body('headers_too_large', 'The request headers are too large.'),
          ]
        : [400, 'Bad Request', body('bad_request', 'The request is not valid HTTP.')];
  if (socket.writable) {
    const text = JSON.stringify(payload);
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`,
    );
  }
  socket.destroy(err);
}

/** A Fastify 4xx keeps its status; its code loses FST_ERR_ and is lower-cased (one we don't list: bad_request). */
function frameworkErrorCode(fastifyCode: string | undefined): ErrorCode {
  const code = (fastifyCode ?? 'bad_request').replace(/^FST_ERR_/, '').toLowerCase();
  return (errorCodes as readonly string[]).includes(code) ? (code as ErrorCode) : 'bad_request';
}

function body(code: ErrorCode, message: string, details?: unknown): ErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}
