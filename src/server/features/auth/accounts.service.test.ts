import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../lib/app-error.ts';
import { verifyPassword } from '../../lib/passwords.ts';
import { openTestDatabase } from '../../test-support/test-database.ts';
import { createAccount, findUserByEmail, setPassword } from './accounts.service.ts';

let database: Database;
before(async () => {
  database = await openTestDatabase();
});
after(() => database.close());

test('e-mails are stored lower-case and found whatever the case', async () => {
  const user = await createAccount(database.db, { email: ' Mei@Example.COM ', name: 'Mei', password: 'long enough password' });
  assert.equal(user.email, 'mei@example.com');
  assert.equal((await findUserByEmail(database.db, 'MEI@example.com'))?.id, user.id);
});

test('a duplicate e-mail, in any case, is refused with email_taken and the first account is intact', async () => {
  await assert.rejects(
    createAccount(database.db, { email: 'mei@EXAMPLE.com', name: 'Other', password: 'another long password' }),
    (error: unknown) => error instanceof AppError && error.code === 'email_taken',
  );
  const kept = await findUserByEmail(database.db, 'mei@example.com');
  assert.equal(kept?.name, 'Mei');
  assert.ok(await verifyPassword('long enough password', kept!.passwordHash));
});

test('sign-ups racing for one e-mail: exactly one wins, the other gets email_taken', async () => {
  const results = await Promise.allSettled(
    ['Race@example.com', 'race@example.com'].map((email, i) => createAccount(database.db, { email, name: `R${i}`, password: 'long enough password' })),
  );
  assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
  const failure = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
  assert.equal((failure.reason as AppError).code, 'email_taken');
});

test('setPassword replaces the hash', async () => {
  const user = (await findUserByEmail(database.db, 'mei@example.com'))!;
  await setPassword(database.db, user.id, 'the new password here');
  const after = (await findUserByEmail(database.db, 'mei@example.com'))!;
  assert.ok(await verifyPassword('the new password here', after.passwordHash));
  assert.ok(!(await verifyPassword('long enough password', after.passwordHash)));
});
