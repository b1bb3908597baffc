import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { StartupError } from './app-error.ts';

const MARKER = 'socialplan.json';
const FORMAT = 1;

/**
 * Makes sure DATA_DIR is ours before anything writes to it. A folder that holds anything else
 * is refused: the embedded database would otherwise be created over someone's files.
 */
export function prepareDataDir(dataDir: string): void {
  if (!existsSync(dataDir)) mkdirSync(dataDir, { recursive: true });
  const markerPath = path.join(dataDir, MARKER);
  const entries = readdirSync(dataDir).filter((e) => e !== '.DS_Store' && e !== 'socialplan.lock');
  if (!entries.includes(MARKER)) {
    if (entries.length > 0) {
      throw new StartupError(
        `The data directory ${dataDir} is not empty and is not a Socialplan data directory (no ${MARKER}). ` +
          'Refusing to use it so nothing in it is overwritten. Point DATA_DIR to an empty or new folder.',
      );
    }
    writeFileSync(markerPath, `${JSON.stringify({ app: 'socialplan', format: FORMAT, createdAt: new Date().toISOString() }, null, 2)}\n`);
    return;
  }
  let marker: unknown;
  try {
    marker = JSON.parse(readFileSync(markerPath, 'utf8'));
  } catch {
    throw new StartupError(`${markerPath} is damaged (not valid JSON). Restore the data directory from a backup; it was left untouched.`);
  }
  const { app, format } = (marker ?? {}) as { app?: unknown; format?: unknown };
  if (app !== 'socialplan') {
    throw new StartupError(`${markerPath} does not belong to Socialplan. Refusing to use ${dataDir}.`);
  }
  if (typeof format !== 'number' || format > FORMAT) {
    throw new StartupError(`${dataDir} was written by a newer Socialplan (data format ${String(format)}). Upgrade Socialplan to open it.`);
  }
}

/** SECRET_KEY if given, otherwise a key generated once and kept in the data directory. */
export function resolveSecretKey(dataDir: string, fromEnv: string | undefined): string {
  if (fromEnv) {
    if (fromEnv.length < 32) throw new StartupError('SECRET_KEY must be at least 32 characters long.');
    return fromEnv;
  }
  const keyPath = path.join(dataDir, 'secret.key');
  if (existsSync(keyPath)) {
    const key = readFileSync(keyPath, 'utf8').trim();
    if (key.length < 32) throw new StartupError(`${keyPath} is damaged (too short). Restore it from a backup or set SECRET_KEY.`);
    return key;
  }
  const key = randomBytes(32).toString('base64url');
  try {
    // Exclusive create: of two processes starting at once, one writes the key and both use it.
    writeFileSync(keyPath, `${key}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return resolveSecretKey(dataDir, undefined);
  }
  return key;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The embedded database is single-process: a second process opening it would corrupt it.
 * A lock file with our pid keeps others out; a stale one (its process gone) is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  const lockPath = path.join(dataDir, 'socialplan.lock');
  for (let attempt = 0; ; attempt++) {
    try {
      // Exclusive create, so two processes starting at the same instant cannot both win.
      writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
    }
    const pid = Number(readFileSync(lockPath, 'utf8').trim());
    // An empty file (a crash mid-write) reads as 0, and kill(0) signals our own process group: never a holder.
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && processAlive(pid)) {
      throw new StartupError(
        `Another Socialplan process (pid ${pid}) is using the embedded database in ${dataDir}. ` +
          'Stop it first, or use PostgreSQL (DATABASE_URL) to run several processes.',
      );
    }
    rmSync(lockPath, { force: true }); // Stale: its process is gone. Take it over.
  }
  return () => {
    try {
      if (readFileSync(lockPath, 'utf8').trim() === String(process.pid)) rmSync(lockPath);
    } catch {
      // Already gone: nothing to release.
    }
  };
}
