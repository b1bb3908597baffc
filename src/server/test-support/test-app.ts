import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { type Jobs, startJobs } from '../jobs/jobs.ts';
import { depsFor } from '../main.ts';
import { openTestDatabase } from './test-database.ts';

export const TEST_PASSWORD = 'correct horse battery';

export type TestApp = {
  app: FastifyInstance;
  database: Database;
  jobs: Jobs;
  clock: { now: Date };
  client(): TestClient;
  close(): Promise<void>;
};

export function testConfig(overrides: Partial<Config> = {}): Config {
  return { port: 0, host: '127.0.0.1', dataDir: '/nonexistent', databaseUrl: undefined, secretKey: undefined, publicUrl: undefined, logLevel: 'silent', trustProxy: false, allowPrivateSourceUrls: true, demoMentions: 600, ...overrides };
}

/** A real app on a fresh database, with a clock the test can move. */
export async function createTestApp(options: { config?: Partial<Config> } = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  const config = testConfig(options.config);
  const clock = { now: new Date() };
  const secretKey = 'test-secret-key-test-secret-key-0123456789';
  let jobs: Jobs | null = null;
  jobs = await startJobs(database, () => depsFor({ config, database, secretKey, release: async () => {} }, jobs!), { worker: false });
  const app = await buildApp({ config, database, jobs, secretKey, now: () => clock.now, webDir: null });
  return {
    app,
    database,
    jobs,
    clock,
    client: () => new TestClient(app),
    close: async () => {
      await app.close();
      await jobs.stop();
      await database.close();
    },
  };
}

type Res = { status: number; body: any; headers: LightMyRequestResponse['headers']; raw: LightMyRequestResponse };

/** A browser-like client: keeps the session cookie and sends the CSRF token on writes. */
export class TestClient {
  cookie: string | null = null;
  csrfToken: string | null = null;
  readonly app: FastifyInstance;

  constructor(app: FastifyInstance) {
    this.app = app;
  }

  async request(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Res> {
    const allHeaders: Record<string, string> = { ...headers };
    if (this.cookie) allHeaders.cookie = this.cookie;
    if (this.csrfToken && method !== 'GET' && !('x-csrf-token' in headers)) allHeaders['x-csrf-token'] = this.csrfToken;
    const raw = await this.app.inject({ method: method as 'GET', url, headers: allHeaders, ...(body === undefined ? {} : { payload: body as object }) });
    const setCookie = raw.cookies.find((c) => c.name === 'sp_session');
    if (setCookie) this.cookie = setCookie.value ? `sp_session=${setCookie.value}` : null;
    let parsed: unknown = raw.body;
    if (raw.headers['content-type']?.toString().includes('application/json')) parsed = raw.json();
    const res = { status: raw.statusCode, body: parsed as any, headers: raw.headers, raw };
    if (res.body?.csrfToken) this.csrfToken = res.body.csrfToken;
    return res;
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body: unknown = {}) => this.request('POST', url, body);
  patch = (url: string, body: unknown = {}) => this.request('PATCH', url, body);
  delete = (url: string) => this.request('DELETE', url, {});

  async setup(email = 'owner@example.com', organizationName = 'Acme') {
    const res = await this.post('/api/v1/setup', { name: 'Olivia Owner', email, password: TEST_PASSWORD, organizationName });
    if (res.status !== 201) throw new Error(`setup failed: ${JSON.stringify(res.body)}`);
    return res.body as { user: { id: string }; organizations: { id: string }[] };
  }

  async login(email: string, password = TEST_PASSWORD) {
    return this.post('/api/v1/auth/login', { email, password });
  }
}
