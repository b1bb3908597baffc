import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const ROOT_DIR = fileURLToPath(new URL('../..', import.meta.url));
const CLI = path.join(ROOT_DIR, 'src/server/cli/socialplan.ts');
// The first start may build the web UI with vite before listening.
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 15_000;
const READY = /is running at (http:\/\/\S+?)(?: on |\s|$)/;

export type RunningServer = {
  url: string;
  /** Everything the server printed so far, for the test output when something fails. */
  output: () => string;
  stop: () => Promise<void>;
};

/** A throwaway database on the given PostgreSQL server, so runs never see each other's data. */
async function createDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `socialplan_e2e_${Date.now()}_${randomBytes(4).toString('hex')}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`drop database if exists ${name} with (force)`) };
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

function waitForReady(child: ChildProcess, output: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`server did not start within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
    const onData = () => {
      const match = READY.exec(output());
      if (!match) return;
      cleanup();
      resolve(match[1]!);
    };
    const onExit = (code: number | null) => fail(new Error(`server exited with code ${code} before it was ready`));
    const cleanup = () => {
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      child.off('exit', onExit);
    };
    const fail = (error: Error) => {
      cleanup();
      reject(new Error(`${error.message}\n--- server output ---\n${output()}`));
    };
    child.stdout!.on('data', onData);
    child.once('exit', onExit);
  });
}

/** Starts `socialplan serve` exactly as `npm start` would, on a random port and an empty data folder. */
export async function startServer(): Promise<RunningServer> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'socialplan-e2e-'));
  const database = process.env.E2E_DATABASE_URL ? await createDatabase(process.env.E2E_DATABASE_URL) : null;
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'info' };
  for (const key of ['DATABASE_URL', 'PUBLIC_URL', 'SECRET_KEY', 'NODE_TEST_CONTEXT']) delete env[key];
  if (database) env.DATABASE_URL = database.url;

  const child = spawn(process.execPath, [CLI, 'serve'], { cwd: ROOT_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const append = (chunk: Buffer) => {
    log += chunk.toString();
  };
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  const output = () => log;
  // Should the test process die without running its hooks, the server must not outlive it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const cleanup = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, STOP_TIMEOUT_MS))) {
        child.kill('SIGKILL');
        await waitForExit(child, STOP_TIMEOUT_MS);
      }
    }
    await database?.drop();
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    const announced = new URL(await waitForReady(child, output));
    // The server announces "localhost"; the browser should use the exact address it listens on.
    return { url: `http://127.0.0.1:${announced.port}`, output, stop: cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
