import { DOCUMENT_FORMATS, type DocumentFormat, documentQuerySchema } from '../../../shared/api/strategy-documents.schemas.ts';
import { workspaceIdParamsSchema } from '../../../shared/api/workspace.schemas.ts';
import { type AnyRoute, defineRoute } from '../../http/route.ts';
import { DOCUMENT_MEDIA_TYPES } from './document-file.domain.ts';
import { exportDocument } from './strategy-documents.service.ts';

const NAMES: Readonly<Record<DocumentFormat, string>> = {
  md: 'Markdown',
  html: 'a self-contained, print-ready HTML page (A4, with the workspace logo)',
  docx: 'a Word document (DOCX, with the workspace logo)',
};

export const strategyDocumentRoutes: AnyRoute[] = DOCUMENT_FORMATS.map((format) =>
  defineRoute({
    method: 'GET',
    path: `/workspaces/:workspaceId/strategy/export.${format}`,
    summary: `The strategy as ${NAMES[format]}, in \`locale\` (default: the workspace's language); \`version\` exports a published version instead of the draft`,
    tags: ['strategy'],
    access: { kind: 'workspace', minRole: 'viewer' },
    params: workspaceIdParamsSchema,
    query: documentQuerySchema,
    produces: DOCUMENT_MEDIA_TYPES[format].split(';')[0],
    handler: async ({ ctx, query }, reply) => {
      const file = await exportDocument(ctx, format, query);
      reply.header('content-type', file.contentType);
      reply.header('content-disposition', file.contentDisposition);
      reply.header('cache-control', 'private, no-store');
      return reply.send(typeof file.body === 'string' ? file.body : Buffer.from(file.body));
    },
  }),
);
