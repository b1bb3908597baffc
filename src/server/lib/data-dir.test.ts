import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { StartupError } from './app-error.ts';
import { lockDataDir, prepareDataDir, resolveSecretKey } from './data-dir.ts';

const roots: string[] = [];
after(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'socialplan-data-dir-test-'));
  roots.push(dir);
  return dir;
}

/** Names and contents, so a refusal that still wrote or changed something is caught. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) files[name] = readFileSync(path.join(dir, name), 'utf8');
  return files;
}

function assertStartupError(fn: () => unknown, pattern: RegExp): void {
  assert.throws(fn, (error: unknown) => {
    assert.ok(error instanceof StartupError, `expected a StartupError, got ${String(error)}`);
    assert.match(error.message, pattern);
    return true;
  });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('prepareDataDir', () => {
  test('creates a missing folder and marks it as ours', () => {
    const dir = path.join(tempDir(), 'nested', 'data');
    prepareDataDir(dir);
    const marker = JSON.parse(readFileSync(path.join(dir, 'socialplan.json'), 'utf8'));
    assert.equal(marker.app, 'socialplan');
    assert.equal(marker.format, 1);
    assert.ok(!Number.isNaN(Date.parse(marker.createdAt)));
  });

  test('marks an existing empty folder, ignoring .DS_Store and a lock file', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, '.DS_Store'), '');
    writeFileSync(path.join(dir, 'socialplan.lock'), '1');
    prepareDataDir(dir);
    assert.ok(existsSync(path.join(dir, 'socialplan.json')));
  });

  test('accepts its own folder again, with data in it, without rewriting the marker', () => {
    const dir = tempDir();
    prepareDataDir(dir);
    mkdirSync(path.join(dir, 'pg'));
    const before = readFileSync(path.join(dir, 'socialplan.json'), 'utf8');
    prepareDataDir(dir);
    assert.equal(readFileSync(path.join(dir, 'socialplan.json'), 'utf8'), before);
  });

  test('refuses a non-empty folder that is not ours and writes nothing into it', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'thesis.docx'), 'years of work');
    mkdirSync(path.join(dir, 'photos'));
    const before = readdirSync(dir).sort();
    assertStartupError(() => prepareDataDir(dir), new RegExp(`${escapeRegExp(dir)} is not empty and is not a Socialplan data directory`));
    assert.deepEqual(readdirSync(dir).sort(), before);
    assert.equal(readFileSync(path.join(dir, 'thesis.docx'), 'utf8'), 'years of work');
  });

  test('refuses a damaged marker and leaves the folder as it was', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'socialplan.json'), '{"app": "socialplan", ');
    const before = snapshot(dir);
    assertStartupError(() => prepareDataDir(dir), /socialplan\.json is damaged \(not valid JSON\)/);
    assert.deepEqual(snapshot(dir), before);
  });

  test("refuses a marker that is not Socialplan's", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'socialplan.json'), JSON.stringify({ app: 'someone-else', format: 1 }));
    const before = snapshot(dir);
    assertStartupError(() => prepareDataDir(dir), new RegExp(`does not belong to Socialplan\\. Refusing to use ${escapeRegExp(dir)}`));
    assert.deepEqual(snapshot(dir), before);
  });

  test('refuses a marker that is valid JSON but not an object', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'socialplan.json'), 'null');
    assertStartupError(() => prepareDataDir(dir), /does not belong to Socialplan/);
  });

  test('refuses a folder written by a newer data format', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'socialplan.json'), JSON.stringify({ app: 'socialplan', format: 2 }));
    const before = snapshot(dir);
    assertStartupError(() => prepareDataDir(dir), new RegExp(`${escapeRegExp(dir)} was written by a newer Socialplan \\(data format 2\\)`));
    assert.deepEqual(snapshot(dir), before);
  });

  test('refuses a marker without a numeric format', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'socialplan.json'), JSON.stringify({ app: 'socialplan', format: '1' }));
    assertStartupError(() => prepareDataDir(dir), /data format 1\)/);
  });
});

describe('resolveSecretKey', () => {
  test('generates a key once, readable only by the owner, and returns it again later', () => {
    const dir = tempDir();
    const first = resolveSecretKey(dir, undefined);
    assert.ok(first.length >= 32);
    const keyPath = path.join(dir, 'secret.key');
    assert.equal(statSync(keyPath).mode & 0o777, 0o600);
    assert.equal(resolveSecretKey(dir, undefined), first);
    assert.equal(readFileSync(keyPath, 'utf8').trim(), first);
  });

  test('prefers SECRET_KEY and then writes no key file', () => {
    const dir = tempDir();
    const key = 'k'.repeat(32);
    assert.equal(resolveSecretKey(dir, key), key);
    assert.equal(existsSync(path.join(dir, 'secret.key')), false);
  });

  test('rejects a SECRET_KEY shorter than 32 characters', () => {
    const dir = tempDir();
    assertStartupError(() => resolveSecretKey(dir, 'k'.repeat(31)), /SECRET_KEY must be at least 32 characters/);
  });

  test('rejects a damaged key file instead of silently replacing it', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'secret.key'), 'short\n');
    assertStartupError(() => resolveSecretKey(dir, undefined), /secret\.key is damaged/);
    assert.equal(readFileSync(path.join(dir, 'secret.key'), 'utf8'), 'short\n');
  });
});

describe('lockDataDir', () => {
  const children: ChildProcess[] = [];
  after(() => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  test('refuses while another live process holds the lock, and leaves its lock alone', async () => {
    const dir = tempDir();
    const holder = spawn('sleep', ['30'], { stdio: 'ignore' });
    children.push(holder);
    await once(holder, 'spawn');
    const lockPath = path.join(dir, 'socialplan.lock');
    writeFileSync(lockPath, String(holder.pid));
    assertStartupError(() => lockDataDir(dir), new RegExp(`Another Socialplan process \\(pid ${holder.pid}\\) is using the embedded database in ${escapeRegExp(dir)}`));
    assert.equal(readFileSync(lockPath, 'utf8'), String(holder.pid));
    holder.kill('SIGKILL');
    await once(holder, 'exit');
  });

  test('takes over the lock of a process that is gone, and removes it on release', async () => {
    const dir = tempDir();
    const gone = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
    await once(gone, 'exit');
    const lockPath = path.join(dir, 'socialplan.lock');
    writeFileSync(lockPath, String(gone.pid));
    const release = lockDataDir(dir);
    assert.equal(readFileSync(lockPath, 'utf8'), String(process.pid));
    release();
    assert.equal(existsSync(lockPath), false);
  });

  test('takes over a lock file that holds no pid', () => {
    // An empty file is what a crash can leave; read as pid 0 it would look alive (kill(0) signals our own group).
    for (const content of ['garbage', '', '\n', '0', '-1']) {
      const dir = tempDir();
      writeFileSync(path.join(dir, 'socialplan.lock'), content);
      const release = lockDataDir(dir);
      assert.equal(readFileSync(path.join(dir, 'socialplan.lock'), 'utf8'), String(process.pid), JSON.stringify(content));
      release();
    }
  });

  test('release does not remove a lock that another process has taken since', () => {
    const dir = tempDir();
    const release = lockDataDir(dir);
    const lockPath = path.join(dir, 'socialplan.lock');
    writeFileSync(lockPath, '999999999');
    release();
    assert.equal(readFileSync(lockPath, 'utf8'), '999999999');
  });

  test('a second lock in the same folder is refused until the first is released', async () => {
    const dir = tempDir();
    const holder = spawn('sleep', ['30'], { stdio: 'ignore' });
    children.push(holder);
    await once(holder, 'spawn');
    // The first lock is taken by "another process": write its pid as lockDataDir would.
    writeFileSync(path.join(dir, 'socialplan.lock'), String(holder.pid));
    assert.throws(() => lockDataDir(dir), StartupError);
    holder.kill('SIGKILL');
    await once(holder, 'exit');
    const release = lockDataDir(dir);
    release();
  });
});
