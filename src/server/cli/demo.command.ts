import { asc, eq } from 'drizzle-orm';
import type { Config } from '../config.ts';
import { organizationMembers, organizations, users } from '../db/schema/index.ts';
import { createAccount } from '../features/auth/accounts.service.ts';
import { needsSetup, presentUser } from '../features/auth/auth.service.ts';
import { loadDemo } from '../features/demo/demo.service.ts';
import { randomToken } from '../lib/passwords.ts';
import { openRuntime } from '../main.ts';
import { withCliContext } from './cli-context.ts';

/** On an empty install it also creates the owner, so `socialplan demo` alone gives a working login. */
export async function runDemo(config: Config, flags: { email?: string | undefined; password?: string | undefined }): Promise<number> {
  const runtime = await openRuntime(config);
  try {
    const db = runtime.database.db;
    if (await needsSetup({ db })) {
      const email = flags.email ?? 'owner@baandoi.demo.invalid';
      const password = flags.password ?? randomToken(12);
      await db.transaction(async (tx) => {
        const user = await createAccount(tx, { email, name: 'Demo owner', password, isInstanceAdmin: true, locale: 'th' });
        const [org] = await tx.insert(organizations).values({ name: 'Baan Doi Coffee' }).returning();
        await tx.insert(organizationMembers).values({ organizationId: org!.id, userId: user.id, role: 'owner' });
      });
      console.log(`Created the owner account ${email} with password: ${password}`);
    }
    const [owner] = await db
      .select({ user: users, organizationId: organizationMembers.organizationId })
      .from(organizationMembers)
      .innerJoin(users, eq(users.id, organizationMembers.userId))
      .where(eq(organizationMembers.role, 'owner'))
      .orderBy(asc(organizationMembers.createdAt))
      .limit(1);
    if (!owner) throw new Error('no organisation owner found');
    const { workspaceId } = await withCliContext(runtime, presentUser(owner.user), (ctx) => loadDemo(ctx, { organizationId: owner.organizationId }));
    console.log(`Loaded the demo workspace ${workspaceId} for ${owner.user.email}.`);
    return 0;
  } finally {
    await runtime.release();
  }
}
