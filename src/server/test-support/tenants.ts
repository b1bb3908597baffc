import { organizationMembers, organizations } from '../db/schema/index.ts';
import { createAccount } from '../features/auth/accounts.service.ts';
import { TEST_PASSWORD, type TestApp, type TestClient } from './test-app.ts';

/** Signs in an existing account on a new client. */
export async function signedIn(t: TestApp, email: string): Promise<TestClient> {
  const client = t.client();
  const res = await client.login(email);
  if (res.status !== 200) throw new Error(`login failed for ${email}: ${JSON.stringify(res.body)}`);
  return client;
}

/** A second organisation with its own owner, as a second customer of the same install would have. */
export async function createTenant(t: TestApp, email: string, orgName: string) {
  const user = await createAccount(t.database.db, { email, name: `Owner of ${orgName}`, password: TEST_PASSWORD });
  const [org] = await t.database.db.insert(organizations).values({ name: orgName }).returning();
  await t.database.db.insert(organizationMembers).values({ organizationId: org!.id, userId: user.id, role: 'owner' });
  const client = await signedIn(t, email);
  return { client, userId: user.id, organizationId: org!.id };
}

export async function createWorkspaceAs(client: TestClient, organizationId: string, name: string): Promise<string> {
  const res = await client.post('/api/v1/workspaces', { organizationId, name });
  if (res.status !== 201) throw new Error(`create workspace failed: ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

/** Invites `email` and accepts as a new account; returns the new member's signed-in client and id. */
export async function addMember(t: TestApp, admin: TestClient, workspaceId: string, email: string, role: string, businessFunction = 'sales') {
  const inv = await admin.post(`/api/v1/workspaces/${workspaceId}/invitations`, { email, role, businessFunction });
  if (inv.status !== 201) throw new Error(`invite failed: ${JSON.stringify(inv.body)}`);
  const token = String(inv.body.url).split('/invite/')[1]!;
  const member = t.client();
  const accepted = await member.post(`/api/v1/invitations/${token}/accept`, { name: email.split('@')[0], password: TEST_PASSWORD });
  if (accepted.status !== 200) throw new Error(`accept failed: ${JSON.stringify(accepted.body)}`);
  const session = await member.get('/api/v1/session'); // also picks up the CSRF token
  return { client: member, userId: session.body.user.id as string, invitationId: inv.body.invitation.id as string };
}
