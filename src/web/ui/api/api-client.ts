import type { z } from 'zod';
import { type ErrorCode, type ErrorDetail, errorBodySchema } from '../../../shared/api/errors.ts';

/** Codes the client raises itself, when there is no usable answer from the server. */
export const CLIENT_ERROR_CODES = ['network_error', 'unexpected_response'] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | ClientErrorCode;
  readonly details: ErrorDetail[];
  readonly retryAfterSeconds: number | undefined;

  constructor(init: {
    status: number;
    code: ErrorCode | ClientErrorCode;
    message: string;
    details?: ErrorDetail[];
    retryAfterSeconds?: number;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.details = init.details ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}

export function isApiError(error: unknown, code?: ApiError['code']): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

const API_BASE = '/api/v1';

// The CSRF token arrives with the session; it lives here so every caller sends it without threading it through props.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

async function readError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const parsed = errorBodySchema.safeParse(body);
  if (parsed.success) {
    const { code, message, details, retryAfterSeconds } = parsed.data.error;
    return new ApiError({ status: response.status, code, message, details, retryAfterSeconds });
  }
  // A proxy or an older server may answer without our error body: fall back on the status code.
  const header = Number(response.headers.get('retry-after'));
  return new ApiError({
    status: response.status,
    code: STATUS_CODES[response.status] ?? (response.status >= 500 ? 'internal_error' : 'unexpected_response'),
    message: `HTTP ${response.status}`,
    retryAfterSeconds: Number.isFinite(header) && header > 0 ? header : undefined,
  });
}

const STATUS_CODES: Record<number, ErrorCode> = {
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  429: 'too_many_attempts',
};

export async function apiRequest<S extends z.ZodType>(method: Method, path: string, schema: S, body?: unknown): Promise<z.infer<S>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let payload: string | undefined;
  if (method !== 'GET') {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body ?? {});
    if (csrfToken) headers['x-csrf-token'] = csrfToken;
  }

  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, { method, headers, body: payload, credentials: 'same-origin' });
  } catch (cause) {
    throw new ApiError({ status: 0, code: 'network_error', message: cause instanceof Error ? cause.message : 'Network error' });
  }
  if (!response.ok) throw await readError(response);

  const data: unknown = await response.json().catch(() => undefined);
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    // A contract mismatch is a bug between server and client: keep the evidence for whoever debugs it.
    console.error(`Unexpected response from ${method} ${path}`, parsed.error.issues);
    throw new ApiError({ status: response.status, code: 'unexpected_response', message: 'Unexpected response' });
  }
  return parsed.data;
}

export const api = {
  get: <S extends z.ZodType>(path: string, schema: S) => apiRequest('GET', path, schema),
  post: <S extends z.ZodType>(path: string, schema: S, body?: unknown) => apiRequest('POST', path, schema, body),
  patch: <S extends z.ZodType>(path: string, schema: S, body?: unknown) => apiRequest('PATCH', path, schema, body),
  put: <S extends z.ZodType>(path: string, schema: S, body?: unknown) => apiRequest('PUT', path, schema, body),
  delete: <S extends z.ZodType>(path: string, schema: S, body?: unknown) => apiRequest('DELETE', path, schema, body),
};

export function apiUrl(path: string): string {
  return `${API_BASE}${path}`;
}
