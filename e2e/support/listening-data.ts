import type { Page } from 'playwright-core';
import type { OwnerWorkspace } from './workspace.ts';

export type Topic = { id: string; name: string };
export type ListeningData = { brand: Topic; rival: Topic; spikeDay: string; total: number; spikeMentions: number; days: string[] };

type Posted = { id: string; text: string; publishedAt: string; author: string; channel: string; likes: number };

const DAY_MS = 86_400_000;
const BRAND_DAILY = 2;
const RIVAL_DAILY = 1;
const SPIKE = 14;

// Thai about the brand, Chinese (Traditional and Simplified) about the competitor; a few of each mood.
const BRAND_TEXTS = [
  'ชอบกาแฟของสยามโรสเตอร์มาก อร่อยสุด ๆ ไปอีกแน่นอน',
  'สยามโรสเตอร์ส่งของช้ามาก ผิดหวังจริง ๆ',
  'วันนี้แวะร้านสยามโรสเตอร์ที่อารีย์ #กาแฟดริป',
];
const RIVAL_TEXTS = ['河畔咖啡的拿鐵很好喝，推薦！', '河畔咖啡太贵了，服务也很差', '今天去了河畔咖啡 #手沖'];
// Same text by the same author is one post seen twice (the ingest drops it), so pairs never repeat.
const BRAND_AUTHORS = ['@bkk_coffee_lover', '@ari_morning', '@chiangmai_beans', '@latte_art_th', '@siam_regular'];
const RIVAL_AUTHORS = ['@taipei_cafe', '@hk_latte', '@sh_coffee', '@tw_barista'];
const SPIKE_TEXT = 'สยามโรสเตอร์ เปิดตัวเมล็ดกาแฟใหม่วันนี้ คิวยาวมาก #สยามโรสเตอร์';

/** The calendar day `days` before today in Bangkok, the workspace's time zone. */
export function bangkokDay(daysAgo: number, now = Date.now()): string {
  return new Date(now + 7 * 3_600_000 - daysAgo * DAY_MS).toISOString().slice(0, 10);
}

async function ok<T>(response: { ok: () => boolean; status: () => number; text: () => Promise<string>; json: () => Promise<unknown> }, what: string): Promise<T> {
  if (!response.ok()) throw new Error(`${what}: HTTP ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * Two topics (the brand, in Thai and English, and a competitor, in Chinese) and a week of mentions
 * pushed through the webhook with a workspace token: a steady few a day, and one day far above
 * the days before it, which the dashboard must call a spike.
 */
export async function seedListening(page: Page, baseUrl: string, ws: OwnerWorkspace): Promise<ListeningData> {
  const request = page.context().request;
  const headers = { origin: baseUrl, 'x-csrf-token': ws.csrfToken };
  const api = `${baseUrl}/api/v1/workspaces/${ws.workspaceId}`;
  const brand = await ok<Topic>(
    await request.post(`${api}/listening/topics`, { headers, data: { name: 'Siam Roasters', kind: 'brand', query: '"Siam Roasters" OR สยามโรสเตอร์' } }),
    'brand topic',
  );
  const rival = await ok<Topic>(await request.post(`${api}/listening/topics`, { headers, data: { name: 'River Brew', kind: 'competitor', query: '河畔咖啡 OR "River Brew"' } }), 'competitor topic');
  const { token } = await ok<{ token: string }>(await request.post(`${api}/listening/tokens`, { headers, data: { name: 'E2E tool' } }), 'token');

  const days = [6, 5, 4, 3, 2, 1, 0].map((ago) => bangkokDay(ago));
  const spikeDay = days[4] ?? '';
  const mentions: Posted[] = [];
  const at = (day: string, minute: number) => `${day}T09:${String(minute).padStart(2, '0')}:00+07:00`;
  let steady = 0;
  days.forEach((day, index) => {
    if (day === spikeDay) {
      for (let i = 0; i < SPIKE; i++) {
        mentions.push({ id: `brand-${day}-${i}`, text: `${SPIKE_TEXT} (${i + 1})`, publishedAt: at(day, i), author: `@queue_fan_${i + 1}`, channel: 'facebook', likes: i });
      }
    } else {
      for (let i = 0; i < BRAND_DAILY; i++, steady++) {
        const text = BRAND_TEXTS[steady % BRAND_TEXTS.length] ?? '';
        mentions.push({ id: `brand-${day}-${i}`, text, publishedAt: at(day, i), author: BRAND_AUTHORS[steady % BRAND_AUTHORS.length] ?? '', channel: i === 0 ? 'facebook' : 'line', likes: i });
      }
    }
    for (let i = 0; i < RIVAL_DAILY; i++) {
      const text = RIVAL_TEXTS[index % RIVAL_TEXTS.length] ?? '';
      mentions.push({ id: `rival-${day}-${i}`, text, publishedAt: at(day, 30 + i), author: RIVAL_AUTHORS[index % RIVAL_AUTHORS.length] ?? '', channel: 'weibo', likes: 3 });
    }
  });
  const response = await fetch(`${api}/mentions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ mentions }),
  });
  const result = (await response.json()) as { accepted: number };
  if (!response.ok || result.accepted !== mentions.length) throw new Error(`webhook: HTTP ${response.status} ${JSON.stringify(result)}`);
  return { brand, rival, spikeDay, total: mentions.length, spikeMentions: SPIKE, days };
}
