import { Readable } from 'node:stream';
import {
  importListSchema,
  importParamsSchema,
  importPreviewSchema,
  importSummarySchema,
  importUploadQuerySchema,
  startImportInputSchema,
} from '../../../shared/api/listening.schemas.ts';
import { workspaceIdParamsSchema } from '../../../shared/api/workspace.schemas.ts';
import { rawBodyChunks } from '../../http/raw-body.ts';
import { type AnyRoute, defineRoute } from '../../http/route.ts';
import { IMPORT_MAX_BYTES } from './import-storage.service.ts';
import { createImport, getImport, listImports, rejectionsCsv, startImport } from './imports.service.ts';

const BASE = '/workspaces/:workspaceId/listening/imports';
const TAGS = ['listening'];

/** "ข้อมูล.csv" → an ASCII name for old clients and the real one (RFC 6266) for the rest. */
function attachment(fileName: string): string {
  const stem = fileName.replace(/\.[^.]*$/, '').slice(0, 100) || 'import';
  const ascii = stem.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+|_+$/g, '') || 'import';
  return `attachment; filename="${ascii}-rejected.csv"; filename*=UTF-8''${encodeURIComponent(`${stem}-rejected.csv`)}`;
}

export const listeningImportRoutes: AnyRoute[] = [
  defineRoute({
    method: 'POST',
    path: BASE,
    summary:
      'Upload a file of mentions (CSV, JSON or NDJSON; UTF-8, UTF-16, TIS-620, Big5 or GB18030, at most 512 MB) as the request body with Content-Type: application/octet-stream; answers with the columns, 5 sample rows and a suggested mapping',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'editor' },
    params: workspaceIdParamsSchema,
    query: importUploadQuerySchema,
    rawBody: { maxBytes: IMPORT_MAX_BYTES },
    response: importPreviewSchema,
    successStatus: 201,
    handler: async ({ ctx, query }, _reply, request) =>
      createImport(ctx, { fileName: query.fileName, encoding: query.encoding, chunks: rawBodyChunks(request, IMPORT_MAX_BYTES) }),
  }),
  defineRoute({
    method: 'POST',
    path: `${BASE}/:importId/start`,
    summary: 'Start an uploaded (or failed) import with a column mapping and options; it runs as a background job',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'editor' },
    params: importParamsSchema,
    body: startImportInputSchema,
    response: importSummarySchema,
    handler: async ({ ctx, params, body }) => startImport(ctx, params.importId, body),
  }),
  defineRoute({
    method: 'GET',
    path: BASE,
    summary: 'The workspace’s latest 50 imports, newest first',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'viewer' },
    params: workspaceIdParamsSchema,
    response: importListSchema,
    handler: async ({ ctx }) => listImports(ctx),
  }),
  defineRoute({
    method: 'GET',
    path: `${BASE}/:importId`,
    summary: 'One import with its progress: bytes processed, rows imported, duplicate and rejected',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'viewer' },
    params: importParamsSchema,
    response: importSummarySchema,
    handler: async ({ ctx, params }) => getImport(ctx, params.importId),
  }),
  defineRoute({
    method: 'GET',
    path: `${BASE}/:importId/rejections.csv`,
    summary: 'The rows the import skipped, as CSV (UTF-8 with BOM): line, reason, message, excerpt',
    tags: TAGS,
    access: { kind: 'workspace', minRole: 'viewer' },
    params: importParamsSchema,
    produces: 'text/csv',
    handler: async ({ ctx, params }, reply) => {
      const csv = await rejectionsCsv(ctx, params.importId);
      reply.header('content-type', 'text/csv; charset=utf-8');
      reply.header('content-disposition', attachment(csv.fileName));
      return reply.send(Readable.from(csv.lines));
    },
  }),
];
