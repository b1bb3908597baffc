import { z } from 'zod';
import { demoResultSchema } from '../../../shared/api/workspace.schemas.ts';
import { defineRoute } from '../../http/route.ts';
import { loadDemo } from './demo.service.ts';

export const demoRoutes = [
  defineRoute({
    method: 'POST',
    path: '/demo',
    summary: 'Load the demo workspace (a Thai specialty-coffee roaster) into an organisation',
    tags: ['workspaces'],
    access: { kind: 'user' },
    body: z.strictObject({ organizationId: z.uuid() }),
    response: demoResultSchema,
    successStatus: 201,
    handler: async ({ ctx, body }) => loadDemo(ctx, body),
  }),
];
