import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { openPglite } from '../db/database.ts';
import { listeningImports, listeningTopics, mentions, organizations, workspaces } from '../db/schema/index.ts';
import { formatProgress } from './progress-bar.ts';

// Each command opens the embedded database in WASM and starts the analysis threads: seconds per run.
const CLI = fileURLToPath(new URL('./socialplan.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

type Result = { code: number | null; stdout: string; stderr: string };

function runCli(args: string[], dataDir: string): Promise<Result> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  for (const key of ['DATABASE_URL', 'SECRET_KEY', 'PORT', 'PUBLIC_URL']) delete env[key];
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const show = (r: Result) => `exit ${r.code}\nstdout:\n${r.stdout}\nstderr:\n${r.stderr}`;

describe('socialplan listen import', { timeout: 10 * 60_000 }, () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'socialplan-listen-test-'));
  const dataDir = path.join(root, 'data');
  const file = path.join(root, 'mentions.csv');
  let workspaceId = '';
  after(() => rmSync(root, { recursive: true, force: true }));

  before(async () => {
    const migrated = await runCli(['migrate'], dataDir);
    assert.equal(migrated.code, 0, show(migrated));
    const database = await openPglite(dataDir);
    const [org] = await database.db.insert(organizations).values({ name: 'Org' }).returning();
    const [ws] = await database.db.insert(workspaces).values({ organizationId: org!.id, name: 'Coffee' }).returning();
    workspaceId = ws!.id;
    await database.close();
    writeFileSync(
      file,
      ['Post,Time,User', 'BaanDoi roast is lovely,2024-05-01 09:00,nok', 'Lotus Cafe was slow today,2024-05-01 10:00,pim', 'ร้านบ้านดอยอร่อยมาก,2024-05-02 11:00,ploy', 'no date,yesterday,joe'].join('\n'),
    );
  });

  test('imports a file, creates the topics it names, shows progress, and adds nothing the second time', async () => {
    const first = await runCli(['listen', 'import', file, '--workspace', workspaceId, '--topic', 'BaanDoi', '--topic', 'Lotus Cafe', '--mapping', 'text=Post,date=Time,author=User'], dataDir);
    assert.equal(first.code, 0, show(first));
    assert.match(first.stdout, /Created the topic "BaanDoi"\./);
    assert.match(first.stdout, /Created the topic "Lotus Cafe"\./);
    assert.match(first.stdout, /Imported 3 new mentions, 0 duplicates, 1 rejected rows in /);
    // Not a terminal: plain progress lines, the last one at 100 %.
    assert.match(first.stderr, /100% {2}4 rows {2}[\d,]+ rows\/s {2}ETA 0:00/);

    const second = await runCli(['listen', 'import', file, '--workspace', workspaceId, '--topic', 'BaanDoi'], dataDir);
    assert.equal(second.code, 0, show(second));
    assert.doesNotMatch(second.stdout, /Created the topic/);
    assert.match(second.stdout, /Imported 0 new mentions, 3 duplicates, 1 rejected rows/);

    const database = await openPglite(dataDir);
    try {
      const topics = await database.db.select().from(listeningTopics).where(eq(listeningTopics.workspaceId, workspaceId));
      assert.deepEqual(topics.map((t) => [t.name, t.query]).sort(), [
        ['BaanDoi', 'BaanDoi'],
        ['Lotus Cafe', '"Lotus Cafe"'],
      ]);
      const stored = await database.db.select({ topicIds: mentions.topicIds, language: mentions.language }).from(mentions).where(eq(mentions.workspaceId, workspaceId));
      assert.equal(stored.length, 3);
      assert.equal(stored.filter((m) => m.topicIds.length > 0).length, 2, 'BaanDoi and Lotus Cafe posts are tagged; the Thai one names บ้านดอย, not BaanDoi');
      const imports = await database.db.select().from(listeningImports).where(eq(listeningImports.workspaceId, workspaceId));
      assert.deepEqual(imports.map((i) => i.status), ['done', 'done']);
      assert.ok(imports.every((i) => /^[0-9a-f]{64}$/.test(i.sha256)));
    } finally {
      await database.close();
    }
  });

  test('a mapping that names no column of the file fails in one line that lists the columns', async () => {
    const result = await runCli(['listen', 'import', file, '--workspace', workspaceId, '--mapping', 'text=Message'], dataDir);
    assert.equal(result.code, 1, show(result));
    assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
    assert.match(result.stderr, /^socialplan: mapping\.text: no column "Message" in the file\. The file's columns are: Post, Time, User\./);
  });

  test('an unknown workspace fails in one line', async () => {
    const result = await runCli(['listen', 'import', file, '--workspace', '00000000-0000-4000-8000-000000000000'], dataDir);
    assert.equal(result.code, 1, show(result));
    assert.match(result.stderr.trim(), /^socialplan: No workspace 00000000-0000-4000-8000-000000000000/);
  });
});

test('the progress line: share of bytes, rows, rate and time left', () => {
  assert.equal(formatProgress({ bytes: 50, totalBytes: 200, rows: 1000, elapsedMs: 2000 }), `[${'#'.repeat(8)}${'.'.repeat(22)}]  25%  1,000 rows  500 rows/s  ETA 0:06`);
  assert.equal(formatProgress({ bytes: 0, totalBytes: 200, rows: 0, elapsedMs: 0 }, false), '  0%  0 rows  0 rows/s  ETA --:--');
});
