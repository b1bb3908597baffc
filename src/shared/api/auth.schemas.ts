import { z } from 'zod';
import { calendarSchema, localeSchema } from '../locales.ts';
import { businessFunctionSchema, workspaceRoleSchema } from '../roles.ts';

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email().max(254));
/** Length over composition rules (NIST 800-63B); the upper bound keeps scrypt input sane. */
export const passwordSchema = z.string().min(10, 'at least 10 characters').max(200);
export const displayNameSchema = z.string().trim().min(1).max(120);

export const setupStatusSchema = z.object({ needsSetup: z.boolean() });

export const setupInputSchema = z.strictObject({
  name: displayNameSchema,
  email: emailSchema,
  password: passwordSchema,
  organizationName: z.string().trim().min(1).max(160),
  locale: localeSchema.default('en'),
});
export type SetupInput = z.input<typeof setupInputSchema>;

export const loginInputSchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1).max(200),
});
export type LoginInput = z.input<typeof loginInputSchema>;

export const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  locale: localeSchema,
  calendar: calendarSchema,
  isInstanceAdmin: z.boolean(),
});
export type User = z.infer<typeof userSchema>;

export const membershipSummarySchema = z.object({
  workspaceId: z.uuid(),
  workspaceName: z.string(),
  organizationId: z.uuid(),
  organizationName: z.string(),
  role: workspaceRoleSchema,
  businessFunction: businessFunctionSchema,
});
export type MembershipSummary = z.infer<typeof membershipSummarySchema>;

export const organizationSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  role: z.enum(['member', 'admin', 'owner']),
});
export type OrganizationSummary = z.infer<typeof organizationSummarySchema>;

export const sessionSchema = z.object({
  user: userSchema,
  csrfToken: z.string(),
  organizations: z.array(organizationSummarySchema),
  workspaces: z.array(membershipSummarySchema),
});
export type Session = z.infer<typeof sessionSchema>;

export const updateProfileInputSchema = z.strictObject({
  name: displayNameSchema.optional(),
  locale: localeSchema.optional(),
  calendar: calendarSchema.optional(),
});
export type UpdateProfileInput = z.input<typeof updateProfileInputSchema>;

export const changePasswordInputSchema = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.input<typeof changePasswordInputSchema>;

export const okSchema = z.object({ ok: z.literal(true) });
