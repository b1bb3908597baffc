import { createHash } from 'node:crypto';
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { LoginInput, Session, SetupInput, UpdateProfileInput, User } from '../../../shared/api/auth.schemas.ts';
import type { CalendarSystem, Locale } from '../../../shared/locales.ts';
import type { BusinessFunction, OrganizationRole, WorkspaceRole } from '../../../shared/roles.ts';
import { loginFailures, organizationMembers, organizations, sessions, users, workspaceMembers, workspaces } from '../../db/schema/index.ts';
import type { AppDeps, AuthUser, RequestContext } from '../../http/request-context.ts';
import { AppError } from '../../lib/app-error.ts';
import { randomToken, verifyPassword } from '../../lib/passwords.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { createAccount, findUserByEmail, setPassword } from './accounts.service.ts';
import { LOGIN_WINDOW_MS, loginLockout, SESSION_TTL_MS, shouldTouchSession } from './auth.domain.ts';

export const SESSION_COOKIE = 'sp_session';
const SETUP_LOCK = 7_262_025;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function presentUser(row: typeof users.$inferSelect | AuthUser): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    locale: row.locale as Locale,
    calendar: row.calendar as CalendarSystem,
    isInstanceAdmin: row.isInstanceAdmin,
  };
}

export async function resolveSession(deps: AppDeps, token: string) {
  const now = deps.now();
  const [row] = await deps.db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, hashToken(token)), gt(sessions.expiresAt, now)))
    .limit(1);
  if (!row) return null;
  if (shouldTouchSession(row.session.lastSeenAt, now)) {
    await deps.db
      .update(sessions)
      .set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_TTL_MS) })
      .where(eq(sessions.id, row.session.id));
  }
  return { session: { id: row.session.id, csrfToken: row.session.csrfToken }, user: presentUser(row.user) satisfies AuthUser };
}

/** Returns the cookie token (only its hash is stored) and the session's CSRF token. */
export async function startSession(ctx: RequestContext, userId: string): Promise<{ token: string; csrfToken: string }> {
  const token = randomToken();
  const csrfToken = randomToken(24);
  const now = ctx.now();
  await ctx.db.insert(sessions).values({
    id: hashToken(token),
    userId,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
    ip: ctx.ip,
    userAgent: ctx.userAgent,
  });
  return { token, csrfToken };
}

export async function endSession(ctx: RequestContext): Promise<void> {
  if (ctx.session) await ctx.db.delete(sessions).where(eq(sessions.id, ctx.session.id));
}

export async function needsSetup(ctx: Pick<AppDeps, 'db'>): Promise<boolean> {
  const [row] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(users);
  return (row?.n ?? 0) === 0;
}

/** First run: the owner account and its organisation. Refused once any account exists. */
export async function setup(ctx: RequestContext, input: SetupInput & { locale: Locale }): Promise<string> {
  return ctx.db.transaction(async (tx) => {
    // Two browsers submitting setup at once must not both become owner.
    await tx.execute(sql`select pg_advisory_xact_lock(${SETUP_LOCK})`);
    if (!(await needsSetup({ db: tx }))) throw new AppError('setup_already_done', 'This Socialplan is already set up; sign in instead');
    // Thai users count years in the Buddhist era; they can switch to Gregorian in their profile.
    const user = await createAccount(tx, { ...input, isInstanceAdmin: true, calendar: input.locale === 'th' ? 'buddhist' : 'gregory' });
    const [org] = await tx.insert(organizations).values({ name: input.organizationName }).returning();
    if (!org) throw new Error('insert returned no row');
    await tx.insert(organizationMembers).values({ organizationId: org.id, userId: user.id, role: 'owner' });
    await recordAudit(tx, { ...ctx, user: presentUser(user) }, {
      organizationId: org.id,
      workspaceId: null,
      action: 'organization.created',
      targetType: 'organization',
      targetId: org.id,
      changes: { name: input.organizationName },
    });
    return user.id;
  });
}

export async function login(ctx: RequestContext, input: LoginInput): Promise<string> {
  const now = ctx.now();
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const ip = ctx.ip ?? 'unknown';
  const [byEmail, byIp] = await Promise.all([
    ctx.db.select({ at: loginFailures.createdAt }).from(loginFailures)
      .where(and(eq(loginFailures.email, input.email), gt(loginFailures.createdAt, since))).orderBy(asc(loginFailures.createdAt)),
    ctx.db.select({ at: loginFailures.createdAt }).from(loginFailures)
      .where(and(eq(loginFailures.ip, ip), gt(loginFailures.createdAt, since))).orderBy(asc(loginFailures.createdAt)),
  ]);
  const lockout = loginLockout(byEmail.map((r) => r.at), byIp.map((r) => r.at), now);
  if (lockout.blocked) {
    throw new AppError('too_many_attempts', 'Too many failed sign-ins; wait and try again', { retryAfterSeconds: lockout.retryAfterSeconds });
  }
  const user = await findUserByEmail(ctx.db, input.email);
  // Verify even without a user so the answer takes as long either way.
  const ok = await verifyPassword(input.password, user?.passwordHash ?? 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAA');
  if (!user || !ok) {
    await ctx.db.insert(loginFailures).values({ email: input.email, ip, createdAt: now });
    throw new AppError('invalid_credentials', 'E-mail or password is wrong');
  }
  await ctx.db.delete(loginFailures).where(eq(loginFailures.email, input.email));
  return user.id;
}

export async function sessionView(ctx: RequestContext, userId: string, csrfToken: string): Promise<Session> {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, userId));
  if (!user) throw new AppError('unauthenticated', 'Sign in first');
  const orgs = await ctx.db
    .select({ id: organizations.id, name: organizations.name, role: organizationMembers.role })
    .from(organizationMembers)
    .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
    .where(eq(organizationMembers.userId, userId))
    .orderBy(asc(organizations.name));
  const memberships = await ctx.db
    .select({
      workspaceId: workspaces.id,
      workspaceName: workspaces.name,
      organizationId: organizations.id,
      organizationName: organizations.name,
      role: workspaceMembers.role,
      businessFunction: workspaceMembers.businessFunction,
    })
    .from(workspaceMembers)
    .innerJoin(workspaces, eq(workspaces.id, workspaceMembers.workspaceId))
    .innerJoin(organizations, eq(organizations.id, workspaces.organizationId))
    .where(eq(workspaceMembers.userId, userId))
    .orderBy(asc(organizations.name), asc(workspaces.name));
  return {
    user: presentUser(user),
    csrfToken,
    organizations: orgs.map((o) => ({ ...o, role: o.role as OrganizationRole })),
    workspaces: memberships.map((m) => ({ ...m, role: m.role as WorkspaceRole, businessFunction: m.businessFunction as BusinessFunction })),
  };
}

export async function updateProfile(ctx: RequestContext, userId: string, input: UpdateProfileInput): Promise<User> {
  const [row] = await ctx.db.update(users).set(input).where(eq(users.id, userId)).returning();
  if (!row) throw new AppError('not_found', 'User not found');
  return presentUser(row);
}

export async function changePassword(ctx: RequestContext, userId: string, input: { currentPassword: string; newPassword: string }) {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, userId));
  if (!user || !(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new AppError('wrong_password', 'The current password is wrong', {
      details: [{ path: 'body.currentPassword', message: 'wrong password' }],
    });
  }
  await setPassword(ctx.db, userId, input.newPassword, ctx.session?.id);
}
