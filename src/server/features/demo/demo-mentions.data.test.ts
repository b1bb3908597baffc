import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prepareMentionText } from '../../../shared/listening/mention-text.domain.ts';
import { validateTopicQuery } from '../../../shared/listening/topic-query.parser.ts';
import { compileTopics } from '../../../shared/listening/topic-matcher.domain.ts';
import { analyseSentiment } from '../listening/sentiment.domain.ts';
import { DEFAULT_SPIKE_FACTOR, DEFAULT_SPIKE_MIN_MENTIONS, spikeOn } from '../listening/spikes.domain.ts';
import { topicsFromPlan } from '../listening/topics.domain.ts';
import { COMPLAINT_SPIKE_DAYS_AGO, DEMO_DAYS, DEMO_THEME_TOPIC, demoMentions, PRAISE_SPIKE_DAYS_AGO } from './demo-mentions.data.ts';
import { demoDayStart, demoLocalDay } from './demo-mention-time.domain.ts';
import { ensureLanguageTables } from '../listening/language-tables.ts';
import { demoStrategy } from './demo-strategy.data.ts';
import { DEMO_IDS, DEMO_PERSON_KEYS, type DemoPeople } from './demo-strategy-ids.data.ts';

await ensureLanguageTables();

const NOW = new Date('2026-11-22T03:00:00Z');
const COUNT = 3000;
const generated = demoMentions({ now: NOW, count: COUNT });
const people = Object.fromEntries(DEMO_PERSON_KEYS.map((key, i) => [key, `00000000-0000-4000-8000-${String(900 + i).padStart(12, '0')}`])) as DemoPeople;
const dayAgo = (n: number) => demoLocalDay(demoDayStart(NOW.getTime(), n));
const rule = { factor: DEFAULT_SPIKE_FACTOR, minMentions: DEFAULT_SPIKE_MIN_MENTIONS };

function byDay(keep: (index: number) => boolean): Map<string, number> {
  const counts = new Map<string, number>();
  generated.forEach((g, i) => {
    if (!keep(i)) return;
    const day = demoLocalDay(Date.parse(g.mention.publishedAt!));
    counts.set(day, (counts.get(day) ?? 0) + 1);
  });
  return counts;
}

// The topics the loaded demo has: the strategy's brand and competitors, and the theme.
const planned = topicsFromPlan(demoStrategy(people).listening, 'Baan Doi Coffee Roasters', { hasBrand: false, competitorIds: new Set() }).planned;
const matcher = compileTopics([
  ...planned.map((p) => ({ id: p.competitorId ?? 'brand', query: p.query })),
  { id: 'theme', query: DEMO_THEME_TOPIC.query },
]);
const prepared = generated.map((g) => prepareMentionText(g.mention.text));
const topicsOf = prepared.map((p) => new Set(matcher.matchNormalised(p.folded, p.language, 'file').map((m) => m.topicId)));

test('the same seed and now give the same mentions; another now moves them with it', () => {
  assert.deepEqual(demoMentions({ now: NOW, count: COUNT }), generated);
  const week = 7 * 86_400_000;
  const later = demoMentions({ now: new Date(NOW.getTime() + week), count: COUNT });
  assert.deepEqual(
    later.map((g) => [g.mention.text, Date.parse(g.mention.publishedAt!)]),
    generated.map((g) => [g.mention.text, Date.parse(g.mention.publishedAt!) + week]),
  );
  assert.notDeepEqual(demoMentions({ now: NOW, count: COUNT, seed: 7 }).map((g) => g.mention.text), generated.map((g) => g.mention.text));
});

test('about the asked number of mentions, all within the last 90 days, each one new to ingest', () => {
  assert.ok(Math.abs(generated.length - COUNT) <= COUNT * 0.01, `${generated.length} mentions`);
  const oldest = demoDayStart(NOW.getTime(), DEMO_DAYS - 1);
  for (const g of generated) {
    const at = Date.parse(g.mention.publishedAt!);
    assert.ok(at >= oldest && at <= NOW.getTime(), g.mention.publishedAt!);
  }
  assert.equal(new Set(generated.map((g) => g.mention.externalId)).size, generated.length);
  assert.equal(new Set(generated.map((g) => `${g.mention.author}\u0000${g.mention.text}`)).size, generated.length);
  assert.ok(generated.every((g) => !/\{\w+\}/.test(g.mention.text)), 'every slot is filled');
});

test('mostly Thai, then English, Traditional and Simplified Chinese, as the language detector reads them', () => {
  const share = (language: string) => prepared.filter((p) => p.language === language).length / prepared.length;
  assert.ok(share('th') >= 0.5 && share('th') <= 0.7, `th ${share('th')}`);
  assert.ok(share('en') >= 0.12 && share('en') <= 0.28, `en ${share('en')}`);
  assert.ok(share('zh-Hant') >= 0.06 && share('zh-Hant') <= 0.16, `zh-Hant ${share('zh-Hant')}`);
  assert.ok(share('zh-Hans') >= 0.05 && share('zh-Hans') <= 0.14, `zh-Hans ${share('zh-Hans')}`);
  assert.ok(1 - share('th') - share('en') - share('zh-Hant') - share('zh-Hans') < 0.02);
});

test('the brand, each competitor and the theme topic find their mentions', () => {
  assert.deepEqual(validateTopicQuery(DEMO_THEME_TOPIC.query), []);
  const competitorIds = { doiMok: DEMO_IDS.doiMok, lannaBeanLab: DEMO_IDS.lannaBeanLab, khaoKhiao: DEMO_IDS.khaoKhiao };
  generated.forEach((g, i) => {
    if (g.subject === 'brand' || g.subject === 'comparison') assert.ok(topicsOf[i]!.has('brand'), g.mention.text);
    if (g.competitor) assert.ok(topicsOf[i]!.has(competitorIds[g.competitor]), g.mention.text);
  });
  for (const id of ['brand', ...Object.values(competitorIds), 'theme']) {
    const found = topicsOf.filter((t) => t.has(id)).length;
    assert.ok(found >= COUNT * 0.04, `${id}: ${found} mentions`);
  }
});

test('a mix of tones, with questions among the neutral ones', () => {
  const tones = { pos: 0, neu: 0, neg: 0 };
  for (const g of generated) tones[g.tone]++;
  for (const tone of ['pos', 'neu', 'neg'] as const) assert.ok(tones[tone] >= COUNT * 0.15, `${tone} ${tones[tone]}`);
  assert.ok(generated.filter((g) => /[?？]|ไหม|มั้ย/.test(g.mention.text)).length >= COUNT * 0.1);
});

test('busier at the weekend, with recurring authors of large reach', () => {
  const event = new Set([PRAISE_SPIKE_DAYS_AGO, PRAISE_SPIKE_DAYS_AGO - 1, PRAISE_SPIKE_DAYS_AGO - 2, COMPLAINT_SPIKE_DAYS_AGO, COMPLAINT_SPIKE_DAYS_AGO - 1, 0]);
  const counts = byDay(() => true);
  const mean = (weekend: boolean) => {
    const days = Array.from({ length: DEMO_DAYS }, (_, n) => n).filter((n) => !event.has(n) && [0, 6].includes(new Date(`${dayAgo(n)}T00:00:00Z`).getUTCDay()) === weekend);
    return days.reduce((sum, n) => sum + (counts.get(dayAgo(n)) ?? 0), 0) / days.length;
  };
  assert.ok(mean(true) > mean(false) * 1.15, `weekend ${mean(true)}, weekday ${mean(false)}`);
  const byAuthor = new Map<string, { mentions: number; reach: number }>();
  for (const g of generated) {
    const a = byAuthor.get(g.mention.author!) ?? { mentions: 0, reach: 0 };
    a.mentions++;
    a.reach += g.mention.reach!;
    byAuthor.set(g.mention.author!, a);
  }
  const top = [...byAuthor].sort((a, b) => b[1].mentions - a[1].mentions).slice(0, 5);
  assert.ok(top.some(([, a]) => a.reach / a.mentions > 10_000), 'an influencer is among the top authors');
  assert.ok([...byAuthor.values()].filter((a) => a.mentions <= 2).length > byAuthor.size / 3, 'most people post once or twice');
});

test('the review day and the burnt-batch day stand far above their rolling baseline', () => {
  const all = byDay(() => true);
  const first = [...all.keys()].sort()[0]!;
  assert.ok(spikeOn(dayAgo(PRAISE_SPIKE_DAYS_AGO), all, first, rule), 'volume spike on the review day');
  assert.ok(spikeOn(dayAgo(COMPLAINT_SPIKE_DAYS_AGO), all, first, rule), 'volume spike on the burnt-batch day');
  // What the demo's alert rule watches: brand mentions the real sentiment engines call negative.
  const negative = byDay((i) => topicsOf[i]!.has('brand') && analyseSentiment(generated[i]!.mention.text, prepared[i]!.language).label === 'neg');
  const spike = spikeOn(dayAgo(COMPLAINT_SPIKE_DAYS_AGO), negative, first, { factor: 3, minMentions: 10 });
  assert.ok(spike && spike.factor >= 5, `negative spike ${JSON.stringify(spike)}`);
  const quiet = Array.from({ length: 60 }, (_, n) => n + 30).filter((n) => spikeOn(dayAgo(n), all, first, rule) !== null);
  assert.deepEqual(quiet, [], 'no other day before the review stands out');
});
