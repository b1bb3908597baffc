import {
  changePasswordInputSchema,
  loginInputSchema,
  okSchema,
  sessionSchema,
  setupInputSchema,
  setupStatusSchema,
  updateProfileInputSchema,
  userSchema,
} from '../../../shared/api/auth.schemas.ts';
import { requireUser } from '../../http/request-context.ts';
import { defineRoute } from '../../http/route.ts';
import { AppError } from '../../lib/app-error.ts';
import { changePassword, endSession, login, needsSetup, sessionView, setup, updateProfile } from './auth.service.ts';
import { clearSessionCookie, signIn } from './session-cookie.ts';

export const authRoutes = [
  defineRoute({
    method: 'GET',
    path: '/setup/status',
    summary: 'Whether the first-run setup is still to be done',
    tags: ['auth'],
    access: { kind: 'public' },
    response: setupStatusSchema,
    handler: async ({ ctx }) => ({ needsSetup: await needsSetup(ctx) }),
  }),
  defineRoute({
    method: 'POST',
    path: '/setup',
    summary: 'First-run setup: create the owner account and organisation, and sign in',
    tags: ['auth'],
    access: { kind: 'public' },
    body: setupInputSchema,
    response: sessionSchema,
    successStatus: 201,
    handler: async ({ ctx, body }, reply, request) => {
      const userId = await setup(ctx, body);
      return sessionView(ctx, userId, await signIn(ctx, reply, request, userId));
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/auth/login',
    summary: 'Sign in with e-mail and password',
    tags: ['auth'],
    access: { kind: 'public' },
    body: loginInputSchema,
    response: sessionSchema,
    handler: async ({ ctx, body }, reply, request) => {
      const userId = await login(ctx, body);
      return sessionView(ctx, userId, await signIn(ctx, reply, request, userId));
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/auth/logout',
    summary: 'Sign out and end this session',
    tags: ['auth'],
    access: { kind: 'public' },
    response: okSchema,
    handler: async ({ ctx }, reply, request) => {
      await endSession(ctx);
      clearSessionCookie(reply, request, ctx.config);
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/session',
    summary: 'The signed-in user, their CSRF token, organisations and workspaces',
    tags: ['auth'],
    access: { kind: 'public' },
    response: sessionSchema,
    handler: async ({ ctx }) => {
      if (!ctx.user || !ctx.session) throw new AppError('unauthenticated', 'Not signed in');
      return sessionView(ctx, ctx.user.id, ctx.session.csrfToken);
    },
  }),
  defineRoute({
    method: 'PATCH',
    path: '/me',
    summary: 'Update your name, language or calendar',
    tags: ['auth'],
    access: { kind: 'user' },
    body: updateProfileInputSchema,
    response: userSchema,
    handler: async ({ ctx, body }) => updateProfile(ctx, requireUser(ctx).id, body),
  }),
  defineRoute({
    method: 'POST',
    path: '/me/password',
    summary: 'Change your password; your other sessions are signed out',
    tags: ['auth'],
    access: { kind: 'user' },
    body: changePasswordInputSchema,
    response: okSchema,
    handler: async ({ ctx, body }) => {
      await changePassword(ctx, requireUser(ctx).id, body);
      return { ok: true as const };
    },
  }),
];
