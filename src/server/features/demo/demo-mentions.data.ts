import type { SentimentLabel } from '../../../shared/listening/sentiment.schemas.ts';
import type { IncomingMention } from '../listening/mention-analysis.domain.ts';
import { type CompetitorKey, type DemoLanguage, fillTemplate, type LanguageTexts, pickTemplate, type Template } from './demo-mention-fill.domain.ts';
import { authorPool, CHANNEL_REACH, CHANNELS, FOOD_BLOGGER, INFLUENCERS, ROASTER_PAGE, zipfWeights } from './demo-mention-people.data.ts';
import { APOLOGY_POST_TH, BLOGGER_POST_TH, TEXTS_TH } from './demo-mention-texts-th.data.ts';
import { TEXTS_EN } from './demo-mention-texts-en.data.ts';
import { TEXTS_ZH_HANS } from './demo-mention-texts-zh-hans.data.ts';
import { TEXTS_ZH_HANT } from './demo-mention-texts-zh-hant.data.ts';
import { createRandom, type Random, type Weighted } from './demo-random.domain.ts';
import { demoDayStart, demoMentionTime, demoDayWeights } from './demo-mention-time.domain.ts';

/*
 * The demo workspace's social listening data: 90 days of public posts about Baan Doi, its three
 * competitors and specialty coffee in Chiang Mai, in Thai, English and both Chinese scripts, with
 * a weekly rhythm, slow growth and two events the dashboard and the alerts should find: a food
 * blogger's review (a burst of praise) and a burnt batch sent out late (a burst of complaints,
 * recent enough to raise an alert). The same seed and `now` give the same mentions.
 */

export type DemoSubject = 'brand' | 'competitor' | 'comparison' | 'category';
export type DemoMention = { mention: IncomingMention; tone: SentimentLabel; subject: DemoSubject; language: DemoLanguage; competitor: CompetitorKey | null };
export type DemoMentionOptions = { now: Date; count: number; seed?: number };

export const DEMO_MENTION_SEED = 2026;
export const DEMO_DAYS = 90;
export const PRAISE_SPIKE_DAYS_AGO = 22;
export const COMPLAINT_SPIKE_DAYS_AGO = 3;

/** A theme beside the brand and competitor topics: specialty coffee, in Chiang Mai, in the four languages. */
export const DEMO_THEME_TOPIC = {
  name: 'กาแฟพิเศษเชียงใหม่ · Specialty coffee Chiang Mai',
  kind: 'theme',
  competitorId: null,
  query:
    '("specialty coffee" OR "กาแฟพิเศษ" OR "กาแฟดริป" OR "slow bar" OR "pour-over" OR "light roast" OR "คั่วอ่อน" OR "精品咖啡" OR "手沖" OR "淺焙" OR "浅烘") ' +
    'AND ("Chiang Mai" OR "เชียงใหม่" OR "Nimman" OR "นิมมาน" OR "清邁" OR "寧曼")',
} as const;

/**
 * The team's own words for the word statistics: names and coffee terms that Thai and Chinese word
 * breaking would otherwise cut in two ("บ้าน" + "ดอย").
 */
export const DEMO_USER_WORDS = [
  'บ้านดอย',
  'บ้านดอยคอฟฟี่',
  'Baan Doi',
  '班多咖啡',
  'ดอยหมอก',
  'ลานนาบีนแล็บ',
  'Lanna Bean Lab',
  'เขาเขียว',
  'ดอยช้าง',
  'ดอยสะเก็ด',
  'นิมมาน',
  'คั่วอ่อน',
  'อเมริกาโน่ส้ม',
  'โคลด์บรูว์',
  'Coffee Club',
  'slow bar',
  '手沖',
  '寧曼路',
];

const TEXTS: Readonly<Record<DemoLanguage, LanguageTexts>> = { th: TEXTS_TH, en: TEXTS_EN, 'zh-Hant': TEXTS_ZH_HANT, 'zh-Hans': TEXTS_ZH_HANS };
const LANGUAGES: Weighted<DemoLanguage> = [['th', 60], ['en', 20], ['zh-Hant', 11], ['zh-Hans', 9]];
const SUBJECTS: Weighted<DemoSubject> = [['brand', 44], ['competitor', 28], ['comparison', 5], ['category', 23]];
const COMPETITORS: Weighted<CompetitorKey> = [['doiMok', 40], ['lannaBeanLab', 38], ['khaoKhiao', 22]];
const TONES: Readonly<Record<DemoSubject, Weighted<SentimentLabel>>> = {
  brand: [['pos', 50], ['neu', 35], ['neg', 15]],
  competitor: [['pos', 42], ['neu', 40], ['neg', 18]],
  comparison: [['pos', 45], ['neu', 40], ['neg', 15]],
  category: [['pos', 35], ['neu', 52], ['neg', 13]],
};
/** Shares of `count` that belong to the two events and the days after them; the rest is everyday talk. */
const EVENTS = { praise: 0.05, praiseNext: 0.02, praiseAfter: 0.008, complaint: 0.04, apology: 0.015 };
const INFLUENCER_SHARE = 0.06;

type Draft = { text: string; tone: SentimentLabel; subject: DemoSubject; language: DemoLanguage; competitor: CompetitorKey | null };
type Author = { name: string; channel: string; reach: number };

function draft(random: Random, language: DemoLanguage, list: (texts: LanguageTexts) => readonly Template[], subject: DemoSubject, tone: SentimentLabel): Draft {
  const texts = TEXTS[language];
  const competitor = subject === 'competitor' || subject === 'comparison' ? random.weighted(COMPETITORS) : null;
  const [templateTone, template] = pickTemplate(list(texts), tone, random);
  const text = fillTemplate(template, { texts, tone: templateTone, competitor: competitor ?? 'doiMok', random });
  return { text, tone: templateTone, subject, language, competitor };
}

function everyday(random: Random): Draft {
  const language = random.weighted(LANGUAGES);
  const subject = random.weighted(SUBJECTS);
  return draft(random, language, (t) => t[subject], subject, random.weighted(TONES[subject]));
}

function engagement(random: Random, reach: number, tone: SentimentLabel) {
  const likes = Math.round(reach * (tone === 'pos' ? 0.05 : tone === 'neg' ? 0.035 : 0.02) * random.logNormal(1, 0.5));
  return { likes, comments: Math.round(likes * 0.15 * random.logNormal(1, 0.6)), shares: Math.round(likes * (tone === 'neg' ? 0.12 : 0.05) * random.logNormal(1, 0.6)) };
}

export function demoMentions(options: DemoMentionOptions): DemoMention[] {
  const { count } = options;
  const random = createRandom(options.seed ?? DEMO_MENTION_SEED);
  const nowMs = options.now.getTime();
  const pools = new Map(LANGUAGES.map(([language]) => [language, zipfWeights(authorPool(language, random))]));
  const seen = new Set<string>();
  const out: (DemoMention & { at: number })[] = [];

  const author = (language: DemoLanguage, influencerShare: number): Author => {
    const famous = INFLUENCERS.filter((i) => i.language === language);
    if (famous.length > 0 && random.chance(influencerShare)) {
      const who = random.pick(famous);
      return { name: who.name, channel: who.channel, reach: who.followers * (0.3 + 0.7 * random.next()) };
    }
    const channel = random.weighted(CHANNELS[language]);
    return { name: random.weighted(pools.get(language)!), channel, reach: Math.max(5, random.logNormal(320, 1) * (CHANNEL_REACH[channel] ?? 1)) };
  };
  const add = (make: () => Draft, at: number, influencerShare = INFLUENCER_SHARE) => {
    // The same text by the same person would be dropped at ingest as a duplicate: write another.
    for (let attempt = 0; attempt < 12; attempt++) {
      const d = make();
      const who = author(d.language, influencerShare);
      const key = `${who.name}\u0000${d.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const reach = Math.round(who.reach);
      const mention: IncomingMention = { text: d.text, publishedAt: null, author: who.name, channel: who.channel, url: null, reach, ...engagement(random, reach, d.tone) };
      out.push({ mention, tone: d.tone, subject: d.subject, language: d.language, competitor: d.competitor, at });
      return;
    }
  };
  const special = (text: string, name: string, channel: string, reach: number, at: number) => {
    const mention: IncomingMention = { text, publishedAt: null, author: name, channel, url: null, reach, ...engagement(random, reach, 'pos') };
    out.push({ mention, tone: 'pos', subject: 'brand', language: 'th', competitor: null, at });
  };

  const weights = demoDayWeights(random, nowMs, DEMO_DAYS);
  const everydayCount = Math.round(count * (1 - Object.values(EVENTS).reduce((a, b) => a + b, 0)));
  for (let i = 0; i < everydayCount; i++) add(() => everyday(random), demoMentionTime(random, demoDayStart(nowMs, random.weighted(weights)), nowMs));

  const praiseDay = demoDayStart(nowMs, PRAISE_SPIKE_DAYS_AGO);
  special(BLOGGER_POST_TH, FOOD_BLOGGER.name, FOOD_BLOGGER.channel, 186_000, praiseDay + 11 * 3_600_000 + 7 * 60_000);
  const praise = (): Draft => draft(random, random.weighted<DemoLanguage>([['th', 70], ['en', 15], ['zh-Hant', 8], ['zh-Hans', 7]]), (t) => t.praiseSpike, 'brand', 'pos');
  const afterPost = (day: number, from: number) => demoMentionTime(random, day, nowMs, from);
  for (let i = 0; i < Math.round(count * EVENTS.praise); i++) add(praise, afterPost(praiseDay, 11), 0.02);
  for (let i = 0; i < Math.round(count * EVENTS.praiseNext); i++) add(praise, afterPost(demoDayStart(nowMs, PRAISE_SPIKE_DAYS_AGO - 1), 0), 0.02);
  for (let i = 0; i < Math.round(count * EVENTS.praiseAfter); i++) add(praise, afterPost(demoDayStart(nowMs, PRAISE_SPIKE_DAYS_AGO - 2), 0), 0.02);

  const complaintLanguages: Weighted<DemoLanguage> = [['th', 80], ['en', 12], ['zh-Hant', 5], ['zh-Hans', 3]];
  const complaint = (): Draft => draft(random, random.weighted(complaintLanguages), (t) => t.complaintSpike, 'brand', random.weighted<SentimentLabel>([['neg', 80], ['neu', 13], ['pos', 7]]));
  const complaintDay = demoDayStart(nowMs, COMPLAINT_SPIKE_DAYS_AGO);
  for (let i = 0; i < Math.round(count * EVENTS.complaint); i++) add(complaint, afterPost(complaintDay, 0), 0);
  const apologyDay = demoDayStart(nowMs, COMPLAINT_SPIKE_DAYS_AGO - 1);
  special(APOLOGY_POST_TH, ROASTER_PAGE.name, ROASTER_PAGE.channel, 15_400, apologyDay + 9 * 3_600_000 + 32 * 60_000);
  const apology = (): Draft =>
    draft(random, random.weighted(complaintLanguages), (t) => t.apology, 'brand', random.weighted<SentimentLabel>([['pos', 55], ['neu', 20], ['neg', 25]]));
  for (let i = 0; i < Math.round(count * EVENTS.apology); i++) add(random.chance(0.6) ? apology : complaint, afterPost(apologyDay, 10), 0);

  out.sort((a, b) => a.at - b.at);
  return out.map(({ at, ...m }, i) => ({ ...m, mention: { ...m.mention, externalId: `demo-${String(i + 1).padStart(5, '0')}`, publishedAt: new Date(at).toISOString() } }));
}
