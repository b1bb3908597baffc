import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../lib/app-error.ts';

/*
 * File uploads: `application/octet-stream` is accepted only by routes that declare `rawBody`, and
 * reaches them as the unread request stream. Every other route keeps answering it with 415, and
 * the JSON parser with its 1 MiB limit is untouched. A declared Content-Length over the route's
 * limit is refused before a byte is read; a body without one is counted as it is read.
 */

type RawBodyConfig = { rawBody?: { maxBytes: number } };

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

function tooLarge(maxBytes: number): AppError {
  return new AppError('payload_too_large', `The file is larger than ${megabytes(maxBytes)}`);
}

export function installRawBodyParser(app: FastifyInstance): void {
  app.addContentTypeParser('application/octet-stream', (request, payload, done) => {
    const raw = (request.routeOptions.config as RawBodyConfig | undefined)?.rawBody;
    if (!raw) {
      done(new AppError('unsupported_media_type', 'This route takes JSON: send Content-Type: application/json'), undefined);
      return;
    }
    const length = Number(request.headers['content-length']);
    if (Number.isFinite(length) && length > raw.maxBytes) {
      done(tooLarge(raw.maxBytes), undefined);
      return;
    }
    done(null, payload);
  });
}

function isStream(body: unknown): body is Readable {
  return typeof body === 'object' && body !== null && typeof (body as Readable).pipe === 'function' && Symbol.asyncIterator in body;
}

/**
 * The uploaded bytes of a `rawBody` route, in the chunks they arrive in; throws `payload_too_large`
 * as soon as more than `maxBytes` have come. A request without a body is an empty file.
 */
export async function* rawBodyChunks(request: FastifyRequest, maxBytes: number): AsyncGenerator<Uint8Array> {
  const body = request.body;
  if (body === undefined || body === null) return;
  if (!isStream(body)) throw new AppError('unsupported_media_type', 'Send the file itself with Content-Type: application/octet-stream');
  let received = 0;
  for await (const chunk of body) {
    const bytes = chunk as Uint8Array;
    received += bytes.byteLength;
    if (received > maxBytes) throw tooLarge(maxBytes);
    yield bytes;
  }
}
