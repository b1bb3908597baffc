import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { PgBoss } from 'pg-boss';
import { openPglite } from '../db/database.ts';
import { users } from '../db/schema/index.ts';
import { verifyPassword } from '../lib/passwords.ts';

// Each command opens the embedded database in WASM: seconds per spawn, tens on a first initdb.
const CLI = fileURLToPath(new URL('./socialplan.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const WEB_INDEX = path.join(ROOT, 'dist/web/index.html');
const COMMAND_TIMEOUT_MS = 90_000;

type Result = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

const tempRoots: string[] = [];
const children: ChildProcess[] = [];
after(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const root of tempRoots) rmSync(root, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'socialplan-cli-test-'));
  tempRoots.push(dir);
  return dir;
}

/** The developer's own settings must not leak into the child: only what a test sets counts. */
function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ['PORT', 'HOST', 'DATA_DIR', 'DATABASE_URL', 'SECRET_KEY', 'PUBLIC_URL', 'LOG_LEVEL', 'TRUST_PROXY']) delete base[key];
  return { ...base, LOG_LEVEL: 'warn', ...env };
}

function spawnCli(args: string[], env: Record<string, string>): ChildProcess & { output: { stdout: string; stderr: string }; exited: Promise<Result> } {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const output = { stdout: '', stderr: '' };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output.stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    output.stderr += chunk;
  });
  const exited = new Promise<Result>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, ...output }));
  });
  return Object.assign(child, { output, exited });
}

async function runCli(args: string[], env: Record<string, string>): Promise<Result> {
  const child = spawnCli(args, env);
  const timer = setTimeout(() => child.kill('SIGKILL'), COMMAND_TIMEOUT_MS);
  try {
    return await child.exited;
  } finally {
    clearTimeout(timer);
  }
}

function assertOk(result: Result): void {
  assert.equal(result.code, 0, `exit ${result.code}\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`);
}

/** A startup problem is one line for the user, never a stack trace. */
function assertOneLineFailure(result: Result, pattern: RegExp): void {
  assert.equal(result.code, 1, `exit ${result.code}\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`);
  const lines = result.stderr.trim().split('\n');
  assert.equal(lines.length, 1, `expected one line on stderr, got:\n${result.stderr}`);
  assert.match(lines[0]!, /^socialplan: /);
  assert.match(lines[0]!, pattern);
  assert.doesNotMatch(result.stderr, /^\s+at /m);
}

async function waitForOutput(child: ReturnType<typeof spawnCli>, pattern: RegExp, timeoutMs = 60_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = child.output.stdout.match(pattern);
    if (match) return match;
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`exited (${child.exitCode ?? child.signalCode}) before printing ${pattern}\nstdout:\n${child.output.stdout}\nstderr:\n${child.output.stderr}`);
    }
    if (Date.now() > deadline) throw new Error(`no ${pattern} within ${timeoutMs} ms\nstdout:\n${child.output.stdout}\nstderr:\n${child.output.stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function passwordHashOf(dataDir: string, email: string): Promise<string> {
  const database = await openPglite(dataDir);
  try {
    const [user] = await database.db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.email, email));
    assert.ok(user, `no user ${email}`);
    return user.passwordHash;
  } finally {
    await database.close();
  }
}

describe('socialplan CLI on the embedded database', { timeout: 10 * 60_000 }, () => {
  let dataDir = '';
  let env: Record<string, string> = {};
  before(() => {
    dataDir = path.join(tempDir(), 'data');
    env = { DATA_DIR: dataDir };
  });

  test('migrate sets up a new data directory', async () => {
    const result = await runCli(['migrate'], env);
    assertOk(result);
    assert.match(result.stdout, /Migrations are up to date\./);
    assert.deepEqual(readdirSync(dataDir).sort(), ['pg', 'secret.key', 'socialplan.json']);
  });

  test('admin create-user creates an account and its organisation, but no workspace', async () => {
    const created = await runCli(['admin', 'create-user', '--email', 'a@example.com', '--name', 'A', '--password', 'long enough pw', '--organization', 'Org'], env);
    assertOk(created);
    assert.equal(created.stdout.trim(), 'Created a@example.com');
    const listed = await runCli(['admin', 'list-workspaces'], env);
    assertOk(listed);
    assert.equal(listed.stdout.trim(), 'No workspaces yet.');
    assert.equal(await verifyPassword('long enough pw', await passwordHashOf(dataDir, 'a@example.com')), true);
  });

  test('demo loads the demo workspace into the existing organisation', async () => {
    const demo = await runCli(['demo'], env);
    assertOk(demo);
    assert.match(demo.stdout, /Loaded the demo workspace [0-9a-f-]{36} for a@example\.com\./);
    assert.doesNotMatch(demo.stdout, /Created the owner account/);
    const listed = await runCli(['admin', 'list-workspaces'], env);
    assertOk(listed);
    assert.match(listed.stdout.trim(), /^[0-9a-f-]{36} {2}Org \/ Baan Doi Coffee Roasters {2}\(8 members\)$/);
  });

  test('admin reset-password prints a new password that signs in, and the old one no longer does', async () => {
    const result = await runCli(['admin', 'reset-password', '--email', 'a@example.com'], env);
    assertOk(result);
    const match = result.stdout.match(/^Password of a@example\.com reset to: (\S+)\. All of its sessions were signed out\.$/m);
    assert.ok(match, result.stdout);
    const hash = await passwordHashOf(dataDir, 'a@example.com');
    assert.equal(await verifyPassword(match[1]!, hash), true);
    assert.equal(await verifyPassword('long enough pw', hash), false);
  });

  test('admin reset-password for an unknown account fails in one line', async () => {
    assertOneLineFailure(await runCli(['admin', 'reset-password', '--email', 'nobody@example.com'], env), /No account for nobody@example\.com\./);
  });

  test('admin create-user with a bad e-mail fails in one line', async () => {
    assertOneLineFailure(await runCli(['admin', 'create-user', '--email', 'not-an-email'], env), /--email must be a valid e-mail address\./);
  });

  test('a worker-only serve holds the data directory; a second process is refused; SIGTERM stops it', async () => {
    const worker = spawnCli(['serve', '--roles', 'worker'], env);
    await waitForOutput(worker, /Socialplan \(worker\) is running on the embedded database in /);
    const lockPath = path.join(dataDir, 'socialplan.lock');
    assert.equal(readFileSync(lockPath, 'utf8'), String(worker.pid));

    assertOneLineFailure(await runCli(['migrate'], env), new RegExp(`Another Socialplan process \\(pid ${worker.pid}\\) is using the embedded database`));

    worker.kill('SIGTERM');
    const result = await worker.exited;
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /SIGTERM: stopping/);
    assert.equal(existsSync(lockPath), false, 'the lock is released on a clean stop');
  });
});

// Each case has its own folder (or none), so they can run side by side.
describe('socialplan CLI refusals', { timeout: 5 * 60_000, concurrency: true }, () => {
  test('an unreachable DATABASE_URL fails in one line', async () => {
    const result = await runCli(['migrate'], { DATA_DIR: path.join(tempDir(), 'data'), DATABASE_URL: 'postgres://127.0.0.1:1/x' });
    assertOneLineFailure(result, /Cannot reach the PostgreSQL server at 127\.0\.0\.1:1\/x \(ECONNREFUSED\)/);
  });

  test('a non-empty DATA_DIR that is not ours is refused and left untouched', async () => {
    const dataDir = tempDir();
    writeFileSync(path.join(dataDir, 'notes.txt'), 'do not touch');
    mkdirSync(path.join(dataDir, 'photos'));
    const result = await runCli(['migrate'], { DATA_DIR: dataDir });
    assertOneLineFailure(result, new RegExp(`The data directory ${dataDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not empty and is not a Socialplan data directory`));
    assert.deepEqual(readdirSync(dataDir).sort(), ['notes.txt', 'photos']);
    assert.equal(readFileSync(path.join(dataDir, 'notes.txt'), 'utf8'), 'do not touch');
    assert.deepEqual(readdirSync(path.join(dataDir, 'photos')), []);
  });

  test('serve with an unknown role fails in one line before touching DATA_DIR', async () => {
    const dataDir = path.join(tempDir(), 'data');
    const result = await runCli(['serve', '--roles', 'bogus'], { DATA_DIR: dataDir });
    assertOneLineFailure(result, /Unknown role "bogus"\. Use --roles web, --roles worker or --roles web,worker\./);
    assert.equal(existsSync(dataDir), false);
  });

  test('an invalid PORT fails in one line', async () => {
    assertOneLineFailure(await runCli(['migrate'], { DATA_DIR: path.join(tempDir(), 'data'), PORT: 'eighty' }), /PORT must be a whole number/);
  });

  test('an unknown option fails in one line', async () => {
    assertOneLineFailure(await runCli(['migrate', '--bogus'], { DATA_DIR: path.join(tempDir(), 'data') }), /Unknown option '--bogus'/);
  });

  test('an unknown command prints the usage and exits 1', async () => {
    const result = await runCli(['frobnicate'], { DATA_DIR: path.join(tempDir(), 'data') });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /Unknown command "frobnicate"\.\n\nUsage: socialplan <command>/);
  });

  test('--help prints the usage and exits 0', async () => {
    const result = await runCli(['--help'], {});
    assertOk(result);
    assert.match(result.stdout, /^Usage: socialplan <command> \[options\]/);
  });
});

describe('socialplan serve', { timeout: 5 * 60_000 }, () => {
  let webSkipReason: string | null = null;
  let server: ReturnType<typeof spawnCli> | null = null;
  let baseUrl = '';
  let dataDir = '';

  before(async () => {
    // serve builds the UI itself when dist/web is missing; building here keeps that minute out of
    // the startup timeout, and an unfinished UI skips these tests instead of failing them.
    if (!existsSync(WEB_INDEX)) {
      const vite = path.join(ROOT, 'node_modules/vite/bin/vite.js');
      const build = spawn(process.execPath, [vite, 'build', '--config', 'vite.config.ts', '--logLevel', 'error'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      build.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        stderr += chunk;
      });
      const code = await new Promise<number | null>((resolve) => build.on('close', resolve));
      if (code !== 0 || !existsSync(WEB_INDEX)) {
        webSkipReason = `the web UI does not build yet (vite build exited ${code}): ${stderr.trim().split('\n')[0] ?? ''}`;
        return;
      }
    }
    dataDir = path.join(tempDir(), 'data');
    // PORT=0 lets the OS choose, with no window in which another process can take a port found earlier.
    server = spawnCli(['serve', '--roles', 'web,worker'], { DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' });
    const [, port] = await waitForOutput(server, /Socialplan \(web \+ worker\) is running at http:\/\/localhost:(\d+) on the embedded database in /);
    baseUrl = `http://127.0.0.1:${port}`;
  });

  test('answers health, readiness, setup status and the API description', async (t) => {
    if (webSkipReason) return t.skip(webSkipReason);
    const health = await fetch(`${baseUrl}/healthz`);
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { status: 'ok' });

    const ready = await fetch(`${baseUrl}/readyz`);
    assert.equal(ready.status, 200);
    assert.deepEqual(await ready.json(), { status: 'ready', checks: { database: 'ok', jobs: 'ok' } });

    const setup = await fetch(`${baseUrl}/api/v1/setup/status`);
    assert.equal(setup.status, 200);
    assert.equal(((await setup.json()) as { needsSetup: unknown }).needsSetup, true);

    const openapi = await fetch(`${baseUrl}/api/v1/openapi.json`);
    assert.equal(openapi.status, 200);
    const document = (await openapi.json()) as { paths?: Record<string, unknown> };
    assert.ok(document.paths && Object.keys(document.paths).length > 0, 'openapi.json lists paths');
  });

  test('serves the web UI for client-side routes', async (t) => {
    if (webSkipReason) return t.skip(webSkipReason);
    const page = await fetch(`${baseUrl}/some/client/route`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /text\/html/);
    assert.match(await page.text(), /<div id="root"|<script/);
  });

  test('a second serve on the same DATA_DIR is refused', async (t) => {
    if (webSkipReason) return t.skip(webSkipReason);
    const second = await runCli(['serve'], { DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' });
    assertOneLineFailure(second, new RegExp(`Another Socialplan process \\(pid ${server!.pid}\\) is using the embedded database in `));
    assert.equal((await fetch(`${baseUrl}/healthz`)).status, 200, 'the first server keeps running');
  });

  test('SIGTERM stops it cleanly', async (t) => {
    if (webSkipReason) return t.skip(webSkipReason);
    server!.kill('SIGTERM');
    const result = await server!.exited;
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /SIGTERM: stopping/);
    assert.equal(existsSync(path.join(dataDir, 'socialplan.lock')), false);
    await assert.rejects(fetch(`${baseUrl}/healthz`));
  });
});

// Scaling out: separate web and worker processes on one PostgreSQL, started at the same instant
// (the migration lock must let both come up), with the job running only in the worker.
describe('serve --roles web and --roles worker sharing PostgreSQL', { timeout: 5 * 60_000, skip: !process.env.TEST_DATABASE_URL && 'needs TEST_DATABASE_URL' }, () => {
  const serverUrl = process.env.TEST_DATABASE_URL ?? '';
  const dbName = `socialplan_roles_${Date.now()}`;
  const dbUrl = () => Object.assign(new URL(serverUrl), { pathname: `/${dbName}` }).toString();
  const admin = () => new pg.Client({ connectionString: serverUrl });

  before(async () => {
    const client = admin();
    await client.connect();
    await client.query(`create database ${dbName}`);
    await client.end();
  });
  after(async () => {
    const client = admin();
    await client.connect();
    await client.query(`drop database if exists ${dbName} with (force)`);
    await client.end();
  });

  test('both start together, the web answers, and a job sent to the queue runs in the worker', async () => {
    const env = { DATABASE_URL: dbUrl(), SECRET_KEY: 'a-shared-secret-key-for-every-process-0123', HOST: '127.0.0.1', PORT: '0' };
    const worker = spawnCli(['serve', '--roles', 'worker'], { ...env, DATA_DIR: path.join(tempDir(), 'w') });
    const web = spawnCli(['serve', '--roles', 'web'], { ...env, DATA_DIR: path.join(tempDir(), 'web') });
    await waitForOutput(worker, /Socialplan \(worker\) is running on PostgreSQL/);
    const [, port] = await waitForOutput(web, /Socialplan \(web\) is running at http:\/\/localhost:(\d+) on PostgreSQL/);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    assert.equal(ready.status, 200);

    const db = new pg.Client({ connectionString: dbUrl() });
    await db.connect();
    const [{ id }] = (await db.query(`insert into users (email, name, password_hash) values ('x@example.com', 'X', 'disabled$x') returning id`)).rows;
    await db.query(`insert into sessions (id, user_id, csrf_token, expires_at) values ('expired', $1, 't', now() - interval '1 day')`, [id]);
    const boss = new PgBoss({ connectionString: dbUrl(), supervise: false, schedule: false, migrate: false });
    await boss.start();
    await boss.send('maintenance.cleanup', {});
    await boss.stop({ graceful: false });
    let left = 1;
    for (let i = 0; i < 100 && left > 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      left = (await db.query(`select count(*)::int as n from sessions`)).rows[0].n;
    }
    await db.end();
    assert.equal(left, 0, 'the worker process ran the cleanup job');

    for (const child of [web, worker]) child.kill('SIGTERM');
    for (const child of [web, worker]) assert.equal((await child.exited).code, 0);
  });
});
