import { eq, sql } from 'drizzle-orm';
import type { CalendarSystem, Locale } from '../../../shared/locales.ts';
import type { Db } from '../../db/database.ts';
import { sessions, users } from '../../db/schema/index.ts';
import { AppError } from '../../lib/app-error.ts';
import { hashPassword } from '../../lib/passwords.ts';

export type NewAccount = { email: string; name: string; password: string; locale?: Locale; calendar?: CalendarSystem; isInstanceAdmin?: boolean };

export async function findUserByEmail(db: Db, email: string) {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`)
    .limit(1);
  return row ?? null;
}

/** Used by setup, invitations and the admin CLI alike, so e-mail rules live in one place. */
export async function createAccount(db: Db, input: NewAccount) {
  const email = input.email.trim().toLowerCase();
  if (await findUserByEmail(db, email)) throw new AppError('email_taken', `An account for ${email} already exists`);
  const passwordHash = await hashPassword(input.password);
  try {
    const [row] = await db
      .insert(users)
      .values({ email, name: input.name, passwordHash, locale: input.locale ?? 'en', calendar: input.calendar ?? 'gregory', isInstanceAdmin: input.isInstanceAdmin ?? false })
      .returning();
    if (!row) throw new Error('insert returned no row');
    return row;
  } catch (error) {
    // Two sign-ups racing past the check above meet at the unique index.
    if (isUniqueViolation(error)) throw new AppError('email_taken', `An account for ${email} already exists`);
    throw error;
  }
}

/** SQLSTATE 23505, whether the driver error comes bare or wrapped by Drizzle. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return true;
  }
  return false;
}

/** Sets a new password and ends every session of that user, so a stolen session dies with the old password. */
export async function setPassword(db: Db, userId: string, password: string, keepSessionId?: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, passwordChangedAt: new Date() }).where(eq(users.id, userId));
    const others = keepSessionId
      ? sql`${sessions.userId} = ${userId} and ${sessions.id} <> ${keepSessionId}`
      : eq(sessions.userId, userId);
    await tx.delete(sessions).where(others);
  });
}
