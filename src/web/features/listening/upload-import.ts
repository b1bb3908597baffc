import type { z } from 'zod';
import { errorBodySchema } from '../../../shared/api/errors.ts';
import { importPreviewSchema } from '../../../shared/api/listening.schemas.ts';
import { ApiError, apiUrl } from '../../ui/api/api-client.ts';
import { listeningBase } from './listening-manage.queries.ts';

export type ImportPreview = z.infer<typeof importPreviewSchema>;
export type UploadProgress = { loaded: number; total: number };

type UploadOptions = {
  workspaceId: string;
  file: File;
  /** Null lets the server detect it; set when detection failed or guessed wrong. */
  encoding: string | null;
  csrfToken: string | null;
  onProgress: (progress: UploadProgress) => void;
  signal: AbortSignal;
};

function failure(xhr: XMLHttpRequest): ApiError {
  let body: unknown = null;
  try {
    body = JSON.parse(xhr.responseText);
  } catch {
    // Not our JSON (a proxy's page): fall back on the status below.
  }
  const parsed = errorBodySchema.safeParse(body);
  if (parsed.success) {
    const { code, message, details, retryAfterSeconds } = parsed.data.error;
    return new ApiError({ status: xhr.status, code, message, details, retryAfterSeconds });
  }
  const code = xhr.status === 413 ? 'payload_too_large' : xhr.status >= 500 ? 'internal_error' : 'unexpected_response';
  return new ApiError({ status: xhr.status, code, message: `HTTP ${xhr.status}` });
}

/**
 * Sends the file's bytes as they are (the server detects the encoding, so nothing is decoded
 * here) and reports upload progress, which fetch cannot do for a request body. The answer is the
 * preview: headers, sample rows and a suggested column mapping.
 */
export function uploadImportFile({ workspaceId, file, encoding, csrfToken, onProgress, signal }: UploadOptions): Promise<ImportPreview> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const query = new URLSearchParams({ fileName: file.name });
    if (encoding) query.set('encoding', encoding);
    xhr.open('POST', apiUrl(`${listeningBase(workspaceId)}/imports?${query}`));
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.withCredentials = true;
    xhr.upload.onprogress = (event) => onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
    xhr.onload = () => {
      if (xhr.status < 200 || xhr.status >= 300) return reject(failure(xhr));
      let data: unknown;
      try {
        data = JSON.parse(xhr.responseText);
      } catch {
        data = undefined;
      }
      const parsed = importPreviewSchema.safeParse(data);
      if (parsed.success) return resolve(parsed.data);
      console.error('Unexpected response from the import upload', parsed.error.issues);
      reject(new ApiError({ status: xhr.status, code: 'unexpected_response', message: 'Unexpected response' }));
    };
    xhr.onerror = () => reject(new ApiError({ status: 0, code: 'network_error', message: 'Network error' }));
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    signal.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
