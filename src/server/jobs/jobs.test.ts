import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { invitations, loginFailures, organizations, sessions, workspaces } from '../db/schema/index.ts';
import { createAccount } from '../features/auth/accounts.service.ts';
import { LOGIN_WINDOW_MS } from '../features/auth/auth.domain.ts';
import { cleanupExpired } from '../features/auth/maintenance.service.ts';
import { depsFor } from '../main.ts';
import { testConfig } from '../test-support/test-app.ts';
import { openTestDatabase } from '../test-support/test-database.ts';
import { type Jobs, startJobs } from './jobs.ts';

const DAY = 86_400_000;
const SECRET_KEY = 'test-secret-key-test-secret-key-0123456789';

async function newUser(db: Db, email: string) {
  return createAccount(db, { email, name: email.split('@')[0]!, password: 'correct horse battery' });
}

function session(id: string, userId: string, expiresAt: Date) {
  return { id, userId, csrfToken: `csrf-${id}`, expiresAt };
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(200);
  }
}

describe('job queue', () => {
  test('a worker runs maintenance.cleanup when it is sent', async () => {
    const database = await openTestDatabase();
    const { db } = database;
    let jobs: Jobs | null = null;
    try {
      const user = await newUser(db, 'worker@example.com');
      const now = Date.now();
      await db.insert(sessions).values([session('expired', user.id, new Date(now - 60_000)), session('live', user.id, new Date(now + DAY))]);
      const [oldFailure] = await db
        .insert(loginFailures)
        .values({ email: 'worker@example.com', ip: '203.0.113.7', createdAt: new Date(now - LOGIN_WINDOW_MS - 60_000) })
        .returning();

      const runtime = { config: testConfig(), database, secretKey: SECRET_KEY, release: async () => {} };
      jobs = await startJobs(database, () => depsFor(runtime, jobs!), { worker: true });
      const jobId = await jobs.send('maintenance.cleanup');
      assert.ok(jobId, 'send returns the job id');

      await waitFor('the cleanup job to remove the expired rows', async () => {
        const expired = await db.select().from(sessions).where(eq(sessions.id, 'expired'));
        const failures = await db.select().from(loginFailures).where(eq(loginFailures.id, oldFailure!.id));
        return expired.length === 0 && failures.length === 0;
      });
      await waitFor('the job to be marked completed', async () => (await jobs!.boss.getJobById('maintenance.cleanup', jobId))?.state === 'completed');
      const left = await db.select({ id: sessions.id }).from(sessions);
      assert.deepEqual(left, [{ id: 'live' }]);
    } finally {
      await jobs?.stop();
      await database.close();
    }
  });

  test('a queue without a worker accepts jobs but does not run them', async () => {
    const database = await openTestDatabase();
    const { db } = database;
    let jobs: Jobs | null = null;
    try {
      const user = await newUser(db, 'web@example.com');
      await db.insert(sessions).values(session('expired', user.id, new Date(Date.now() - 60_000)));
      const runtime = { config: testConfig(), database, secretKey: SECRET_KEY, release: async () => {} };
      jobs = await startJobs(database, () => depsFor(runtime, jobs!), { worker: false });
      const jobId = await jobs.send('maintenance.cleanup');
      assert.ok(jobId);
      // Longer than pg-boss's default 2 s poll: a worker, had one been started, would have run it by now.
      await sleep(3000);
      assert.equal((await jobs.boss.getJobById('maintenance.cleanup', jobId))?.state, 'created');
      assert.equal((await db.select().from(sessions)).length, 1);
    } finally {
      await jobs?.stop();
      await database.close();
    }
  });
});

describe('cleanupExpired', () => {
  test('drops only what can no longer be used', async () => {
    const database = await openTestDatabase();
    const { db } = database;
    try {
      const now = new Date('2026-06-01T12:00:00Z');
      const ago = (ms: number) => new Date(now.getTime() - ms);
      const user = await newUser(db, 'owner@example.com');
      const member = await newUser(db, 'member@example.com');

      await db.insert(sessions).values([
        session('expired', user.id, ago(1000)),
        session('live', user.id, new Date(now.getTime() + DAY)),
        session('expires-now', member.id, now),
      ]);
      await db.insert(loginFailures).values([
        { email: 'owner@example.com', ip: '203.0.113.1', createdAt: ago(LOGIN_WINDOW_MS + 1000) },
        { email: 'owner@example.com', ip: '203.0.113.1', createdAt: ago(LOGIN_WINDOW_MS - 60_000) },
      ]);

      const [org] = await db.insert(organizations).values({ name: 'Acme' }).returning();
      const [ws] = await db.insert(workspaces).values({ organizationId: org!.id, name: 'Marketing' }).returning();
      const invitation = (key: string, fields: Partial<typeof invitations.$inferInsert>) => ({
        workspaceId: ws!.id,
        email: `${key}@example.com`,
        role: 'editor',
        businessFunction: 'marketing',
        tokenHash: `hash-${key}`,
        invitedBy: user.id,
        expiresAt: new Date(now.getTime() + 7 * DAY),
        ...fields,
      });
      await db.insert(invitations).values([
        invitation('pending', {}),
        invitation('recently-expired', { expiresAt: ago(10 * DAY) }),
        invitation('long-expired', { expiresAt: ago(91 * DAY) }),
        invitation('recently-revoked', { revokedAt: ago(10 * DAY) }),
        invitation('long-revoked', { revokedAt: ago(91 * DAY) }),
        invitation('accepted-long-ago', { expiresAt: ago(400 * DAY), acceptedAt: ago(405 * DAY), acceptedBy: member.id }),
      ]);

      const result = await cleanupExpired({ db, now: () => now });
      assert.deepEqual(result, { sessions: 1, loginFailures: 1, invitations: 2 });

      const sessionIds = (await db.select({ id: sessions.id }).from(sessions)).map((r) => r.id).sort();
      assert.deepEqual(sessionIds, ['expires-now', 'live']);
      const failures = await db.select().from(loginFailures);
      assert.equal(failures.length, 1);
      assert.equal(failures[0]!.createdAt.getTime(), ago(LOGIN_WINDOW_MS - 60_000).getTime());
      const kept = (await db.select({ email: invitations.email }).from(invitations)).map((r) => r.email.split('@')[0]).sort();
      assert.deepEqual(kept, ['accepted-long-ago', 'pending', 'recently-expired', 'recently-revoked']);

      // Nothing left to drop: a second run is a no-op.
      assert.deepEqual(await cleanupExpired({ db, now: () => now }), { sessions: 0, loginFailures: 0, invitations: 0 });
    } finally {
      await database.close();
    }
  });
});
