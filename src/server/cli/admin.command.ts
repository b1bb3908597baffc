import { asc, eq, sql } from 'drizzle-orm';
import { emailSchema, passwordSchema } from '../../shared/api/auth.schemas.ts';
import type { Config } from '../config.ts';
import { organizationMembers, organizations, workspaceMembers, workspaces } from '../db/schema/index.ts';
import { createAccount, findUserByEmail, setPassword } from '../features/auth/accounts.service.ts';
import { StartupError } from '../lib/app-error.ts';
import { randomToken } from '../lib/passwords.ts';
import { openRuntime, type Runtime } from '../main.ts';

type Flags = { email?: string | undefined; name?: string | undefined; password?: string | undefined; organization?: string | undefined; 'instance-admin'?: boolean | undefined };

type Checked = { email: string; password: string; generated: boolean; name: string };

/** Runs before the database is opened, so a typo costs nothing. */
function checked(flags: Flags, needsName: boolean): Checked {
  const email = emailSchema.safeParse(flags.email ?? '');
  if (!email.success) throw new StartupError('--email must be a valid e-mail address.');
  if (needsName && !flags.name?.trim()) throw new StartupError('--name is required.');
  if (flags.password !== undefined && !passwordSchema.safeParse(flags.password).success) {
    throw new StartupError('--password must be 10 to 200 characters long.');
  }
  return { email: email.data, password: flags.password ?? randomToken(12), generated: flags.password === undefined, name: flags.name?.trim() ?? '' };
}

async function createUser(runtime: Runtime, flags: Flags, input: Checked): Promise<number> {
  const { email, password, generated, name } = input;
  const db = runtime.database.db;
  await db.transaction(async (tx) => {
    const user = await createAccount(tx, { email, name, password, isInstanceAdmin: flags['instance-admin'] ?? false });
    if (flags.organization) {
      const [org] = await tx.insert(organizations).values({ name: flags.organization }).returning();
      await tx.insert(organizationMembers).values({ organizationId: org!.id, userId: user.id, role: 'owner' });
    }
  });
  console.log(`Created ${email}${generated ? ` with password: ${password}` : ''}`);
  return 0;
}

async function resetPassword(runtime: Runtime, _flags: Flags, input: Checked): Promise<number> {
  const { email, password, generated } = input;
  const user = await findUserByEmail(runtime.database.db, email);
  if (!user) throw new StartupError(`No account for ${email}.`);
  await setPassword(runtime.database.db, user.id, password);
  console.log(`Password of ${email} reset${generated ? ` to: ${password}` : ''}. All of its sessions were signed out.`);
  return 0;
}

async function listWorkspaces(runtime: Runtime): Promise<number> {
  const rows = await runtime.database.db
    .select({ org: organizations.name, id: workspaces.id, name: workspaces.name, members: sql<number>`count(${workspaceMembers.userId})::int` })
    .from(workspaces)
    .innerJoin(organizations, eq(organizations.id, workspaces.organizationId))
    .leftJoin(workspaceMembers, eq(workspaceMembers.workspaceId, workspaces.id))
    .groupBy(organizations.name, workspaces.id, workspaces.name)
    .orderBy(asc(organizations.name), asc(workspaces.name));
  if (rows.length === 0) console.log('No workspaces yet.');
  for (const r of rows) console.log(`${r.id}  ${r.org} / ${r.name}  (${r.members} member${r.members === 1 ? '' : 's'})`);
  return 0;
}

export async function runAdmin(config: Config, sub: string | undefined, flags: Flags): Promise<number> {
  const actions: Record<string, { run: (runtime: Runtime, flags: Flags, input: Checked) => Promise<number>; check?: (flags: Flags) => Checked }> = {
    'create-user': { run: createUser, check: (f) => checked(f, true) },
    'reset-password': { run: resetPassword, check: (f) => checked(f, false) },
    'list-workspaces': { run: listWorkspaces },
  };
  const action = sub ? actions[sub] : undefined;
  if (!action) throw new StartupError(`admin needs one of: ${Object.keys(actions).join(', ')}.`);
  const input = action.check?.(flags) ?? { email: '', password: '', generated: false, name: '' };
  const runtime = await openRuntime(config);
  try {
    return await action.run(runtime, flags, input);
  } finally {
    await runtime.release();
  }
}
