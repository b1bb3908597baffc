import type { APIRequestContext, Page } from 'playwright-core';
import type { Locale } from '../../src/shared/locales.ts';

export type OwnerWorkspace = { workspaceId: string; workspacePath: string; csrfToken: string };

type Options = { name?: string; email?: string; organization?: string; workspace?: string; locale?: Locale };

async function json<T>(response: Awaited<ReturnType<APIRequestContext['get']>>, what: string): Promise<T> {
  if (!response.ok()) throw new Error(`${what}: HTTP ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * First-run setup and one workspace through the API, signed in in this page's browser profile, for
 * journeys whose subject is what comes after onboarding (the onboarding journey clicks through it).
 */
export async function setUpOwnerWorkspace(page: Page, baseUrl: string, options: Options = {}): Promise<OwnerWorkspace> {
  const locale = options.locale ?? 'en';
  const request = page.context().request;
  const headers = { origin: baseUrl };
  await json(
    await request.post(`${baseUrl}/api/v1/setup`, {
      headers,
      data: {
        name: options.name ?? 'Olivia Owner',
        email: options.email ?? 'olivia@example.com',
        password: 'a long and memorable phrase',
        organizationName: options.organization ?? 'Siam Roasters',
        locale,
      },
    }),
    'setup',
  );
  const session = await json<{ csrfToken: string; organizations: { id: string }[] }>(await request.get(`${baseUrl}/api/v1/session`), 'session');
  const organizationId = session.organizations[0]?.id;
  if (!organizationId) throw new Error('setup created no organisation');
  const workspace = await json<{ id: string }>(
    await request.post(`${baseUrl}/api/v1/workspaces`, {
      headers: { ...headers, 'x-csrf-token': session.csrfToken },
      data: { organizationId, name: options.workspace ?? 'Bangkok launch', defaultLocale: locale },
    }),
    'create workspace',
  );
  return { workspaceId: workspace.id, workspacePath: `/w/${workspace.id}`, csrfToken: session.csrfToken };
}
