import path from 'node:path';
import { StartupError } from './lib/app-error.ts';

export type Role = 'web' | 'worker';

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  secretKey: string | undefined;
  publicUrl: string | undefined;
  logLevel: string;
  trustProxy: boolean | string;
  /** Listening sources may point at loopback and private networks (a feed on the intranet, tests); off by default against SSRF. */
  allowPrivateSourceUrls: boolean;
  /** How many sample mentions the demo workspace gets (`socialplan demo`, the "Load demo" button). */
  demoMentions: number;
};

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 3000;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) {
    throw new StartupError(`PORT must be a whole number from 0 to 65535, got "${raw}".`);
  }
  return port;
}

function parsePublicUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
    return url.origin + url.pathname.replace(/\/$/, '');
  } catch {
    throw new StartupError(`PUBLIC_URL must be an http:// or https:// URL, got "${raw}".`);
  }
}

function parseDatabaseUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  if (!/^postgres(ql)?:\/\//.test(raw)) {
    throw new StartupError('DATABASE_URL must start with postgres:// or postgresql://. Leave it unset to use the embedded database.');
  }
  return raw;
}

function parseFlag(name: string, raw: string | undefined): boolean {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  throw new StartupError(`${name} must be true or false, got "${raw}".`);
}

export const DEFAULT_DEMO_MENTIONS = 3000;
const MAX_DEMO_MENTIONS = 50_000;

function parseDemoMentions(raw: string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_DEMO_MENTIONS;
  const count = Number(raw);
  if (!/^\d+$/.test(raw) || count > MAX_DEMO_MENTIONS) {
    throw new StartupError(`DEMO_MENTIONS must be a whole number from 0 to ${MAX_DEMO_MENTIONS}, got "${raw}".`);
  }
  return count;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: parsePort(env.PORT),
    host: env.HOST || '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR || './data'),
    databaseUrl: parseDatabaseUrl(env.DATABASE_URL),
    secretKey: env.SECRET_KEY || undefined,
    publicUrl: parsePublicUrl(env.PUBLIC_URL),
    logLevel: env.LOG_LEVEL || 'info',
    // Behind a reverse proxy the client address and https come from X-Forwarded-*; trust loopback by default.
    trustProxy: env.TRUST_PROXY === 'true' ? true : env.TRUST_PROXY || 'loopback',
    allowPrivateSourceUrls: parseFlag('ALLOW_PRIVATE_SOURCE_URLS', env.ALLOW_PRIVATE_SOURCE_URLS),
    demoMentions: parseDemoMentions(env.DEMO_MENTIONS),
  };
}

export function parseRoles(raw: string | undefined): Role[] {
  if (!raw) return ['web', 'worker'];
  const roles = raw.split(',').map((r) => r.trim()).filter(Boolean);
  for (const role of roles) {
    if (role !== 'web' && role !== 'worker') {
      throw new StartupError(`Unknown role "${role}". Use --roles web, --roles worker or --roles web,worker.`);
    }
  }
  if (roles.length === 0) throw new StartupError('--roles needs at least one of: web, worker.');
  return [...new Set(roles)] as Role[];
}
