import type { TestApp, TestClient } from '../../test-support/test-app.ts';
import { createWorkspaceAs } from '../../test-support/tenants.ts';

/** What listening route tests share: a workspace, a webhook token, and mentions posted through it. */

export const api = (workspaceId: string, rest = '') => `/api/v1/workspaces/${workspaceId}/listening${rest}`;

export type Posted = { id?: string; text: string; publishedAt: string; author?: string; channel?: string; url?: string | null; reach?: number };

export async function newWorkspace(owner: TestClient, organizationId: string, name: string): Promise<string> {
  return createWorkspaceAs(owner, organizationId, name);
}

export async function webhookToken(owner: TestClient, workspaceId: string, name = 'Test tool'): Promise<string> {
  const res = await owner.post(api(workspaceId, '/tokens'), { name });
  if (res.status !== 201) throw new Error(`token failed: ${JSON.stringify(res.body)}`);
  return res.body.token as string;
}

/** Posts mentions as another tool would: no cookie, only the bearer token. */
export async function postMentions(t: TestApp, workspaceId: string, token: string | null, body: unknown) {
  const raw = await t.app.inject({
    method: 'POST',
    url: `/api/v1/workspaces/${workspaceId}/mentions`,
    headers: token === null ? {} : { authorization: `Bearer ${token}` },
    payload: body as object,
  });
  return { status: raw.statusCode, body: raw.json() };
}

export async function ingest(t: TestApp, workspaceId: string, token: string, mentions: Posted[]) {
  const res = await postMentions(t, workspaceId, token, { mentions });
  if (res.status !== 200) throw new Error(`webhook failed: ${JSON.stringify(res.body)}`);
  return res.body as { accepted: number; duplicates: number };
}

/** `count` distinct mentions on one day (Bangkok noon), with text made from `words`. */
export function mentionsOn(day: string, count: number, words: string, extra: Partial<Posted> = {}): Posted[] {
  return Array.from({ length: count }, (_, i) => ({
    text: `${words} ${day} number ${i}`,
    publishedAt: `${day}T12:00:00+07:00`,
    author: `author${i % 3}`,
    ...extra,
  }));
}
