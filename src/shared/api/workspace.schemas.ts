import { z } from 'zod';
import { localeSchema } from '../locales.ts';
import { AUDIT_ACTIONS } from './audit-actions.ts';
import { businessFunctionSchema, workspaceRoleSchema } from '../roles.ts';
import { displayNameSchema, emailSchema, passwordSchema } from './auth.schemas.ts';

export const workspaceIdParamsSchema = z.object({ workspaceId: z.uuid() });
export const memberParamsSchema = z.object({ workspaceId: z.uuid(), userId: z.uuid() });
export const invitationParamsSchema = z.object({ workspaceId: z.uuid(), invitationId: z.uuid() });
export const invitationTokenParamsSchema = z.object({ token: z.string().min(20).max(100) });

export const workspaceSchema = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  organizationName: z.string(),
  name: z.string(),
  description: z.string(),
  defaultLocale: localeSchema,
  timezone: z.string(),
  fiscalYearStartMonth: z.number().int().min(1).max(12),
  isDemo: z.boolean(),
  createdAt: z.string(),
  myRole: workspaceRoleSchema,
  /** When the logo for exported documents last changed; null when the workspace has none. */
  logoUpdatedAt: z.string().nullable(),
});
export type Workspace = z.infer<typeof workspaceSchema>;

const timezoneSchema = z
  .string()
  .max(64)
  .refine((tz) => Intl.supportedValuesOf('timeZone').includes(tz) || tz === 'UTC', 'unknown time zone');

export const createWorkspaceInputSchema = z.strictObject({
  organizationId: z.uuid(),
  name: z.string().trim().min(1).max(160),
  description: z.string().trim().max(2000).default(''),
  defaultLocale: localeSchema.default('en'),
  timezone: timezoneSchema.default('Asia/Bangkok'),
  fiscalYearStartMonth: z.number().int().min(1).max(12).default(1),
});
export type CreateWorkspaceInput = z.input<typeof createWorkspaceInputSchema>;

export const updateWorkspaceInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(160).optional(),
  description: z.string().trim().max(2000).optional(),
  defaultLocale: localeSchema.optional(),
  timezone: timezoneSchema.optional(),
  fiscalYearStartMonth: z.number().int().min(1).max(12).optional(),
});
export type UpdateWorkspaceInput = z.input<typeof updateWorkspaceInputSchema>;

export const memberSchema = z.object({
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: workspaceRoleSchema,
  businessFunction: businessFunctionSchema,
  joinedAt: z.string(),
});
export type Member = z.infer<typeof memberSchema>;

export const functionCoverageSchema = z.object({
  businessFunction: businessFunctionSchema,
  memberCount: z.number().int(),
});

export const teamSchema = z.object({
  members: z.array(memberSchema),
  coverage: z.array(functionCoverageSchema),
  missingFunctions: z.array(businessFunctionSchema),
});
export type Team = z.infer<typeof teamSchema>;

export const updateMemberInputSchema = z.strictObject({
  role: workspaceRoleSchema.optional(),
  businessFunction: businessFunctionSchema.optional(),
});
export type UpdateMemberInput = z.input<typeof updateMemberInputSchema>;

export const invitationStatusSchema = z.enum(['pending', 'accepted', 'revoked', 'expired']);
export type InvitationStatus = z.infer<typeof invitationStatusSchema>;

export const invitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  role: workspaceRoleSchema,
  businessFunction: businessFunctionSchema,
  status: invitationStatusSchema,
  invitedByName: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
});
export type Invitation = z.infer<typeof invitationSchema>;

export const createInvitationInputSchema = z.strictObject({
  email: emailSchema,
  role: workspaceRoleSchema.default('editor'),
  businessFunction: businessFunctionSchema.default('marketing'),
  expiresInDays: z.number().int().min(1).max(30).default(7),
});
export type CreateInvitationInput = z.input<typeof createInvitationInputSchema>;

export const invitationListSchema = z.object({ invitations: z.array(invitationSchema) });

/** The link is shown once, at creation: only a hash of its token is stored. */
export const createdInvitationSchema = z.object({ invitation: invitationSchema, url: z.string() });

export const invitationPreviewSchema = z.object({
  workspaceName: z.string(),
  organizationName: z.string(),
  email: z.string(),
  role: workspaceRoleSchema,
  businessFunction: businessFunctionSchema,
  invitedByName: z.string(),
  expiresAt: z.string(),
  accountExists: z.boolean(),
});
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

export const acceptInvitationInputSchema = z.strictObject({
  name: displayNameSchema.optional(),
  password: passwordSchema.optional(),
});
export type AcceptInvitationInput = z.input<typeof acceptInvitationInputSchema>;

export const acceptedInvitationSchema = z.object({ workspaceId: z.uuid() });

export const listQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** Opaque cursor: the `nextBefore` of the previous page. */
  before: z.string().regex(/^\d+$/, 'a cursor from nextBefore').optional(),
});

export const auditEventSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  actorName: z.string().nullable(),
  actorEmail: z.string().nullable(),
  action: z.enum(AUDIT_ACTIONS),
  targetType: z.string(),
  targetId: z.string().nullable(),
  changes: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
export const auditListSchema = z.object({ events: z.array(auditEventSchema), nextBefore: z.string().nullable() });

export const deleteWorkspaceInputSchema = z.strictObject({
  /** The workspace's name, typed again: deleting is final. */
  confirmName: z.string(),
});
export type DeleteWorkspaceInput = z.input<typeof deleteWorkspaceInputSchema>;

export const demoResultSchema = z.object({ workspaceId: z.uuid() });
