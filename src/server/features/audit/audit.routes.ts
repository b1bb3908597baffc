import { auditListSchema, listQuerySchema, workspaceIdParamsSchema } from '../../../shared/api/workspace.schemas.ts';
import { requireWorkspace } from '../../http/request-context.ts';
import { defineRoute } from '../../http/route.ts';
import { auditCsv, listAudit } from './audit.service.ts';
import { Readable } from 'node:stream';

export const auditRoutes = [
  defineRoute({
    method: 'GET',
    path: '/workspaces/:workspaceId/audit',
    summary: 'The workspace’s audit trail, newest first',
    tags: ['audit'],
    access: { kind: 'workspace', minRole: 'admin' },
    params: workspaceIdParamsSchema,
    query: listQuerySchema,
    response: auditListSchema,
    handler: async ({ ctx, query }) => listAudit(ctx, { workspaceId: requireWorkspace(ctx).id, limit: query.limit, before: query.before }),
  }),
  defineRoute({
    method: 'GET',
    path: '/workspaces/:workspaceId/audit.csv',
    summary: 'The whole audit trail as CSV (UTF-8 with BOM)',
    tags: ['audit'],
    access: { kind: 'workspace', minRole: 'admin' },
    params: workspaceIdParamsSchema,
    produces: 'text/csv',
    handler: async ({ ctx }, reply) => {
      const id = requireWorkspace(ctx).id;
      const date = ctx.now().toISOString().slice(0, 10);
      reply.header('content-type', 'text/csv; charset=utf-8');
      reply.header('content-disposition', `attachment; filename="socialplan-audit-${date}.csv"`);
      return reply.send(Readable.from(auditCsv(ctx, id)));
    },
  }),
];
