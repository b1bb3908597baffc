import { foldHanScript } from '../src/shared/listening/text-normalise.domain.ts';
import type { TopicDefinition } from '../src/shared/listening/topic-matcher.domain.ts';
import type { MentionSource } from '../src/shared/listening/topic-query.schemas.ts';

/*
 * Deterministic social mentions for benchmarks: short posts in English, Thai, Traditional and
 * Simplified Chinese, with brand names, hashtags, handles, emoji, links and emphasis the way
 * people write them, and a set of topics that some of them mention.
 */

export type GeneratedMention = { text: string; source: MentionSource };

/** mulberry32: small, fast and the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LATIN_SYLLABLES = ['baan', 'doi', 'kafe', 'nim', 'bus', 'lotus', 'siam', 'rama', 'cha', 'tara', 'zen', 'mori', 'pana', 'vela'];
const THAI_SYLLABLES = ['บ้าน', 'ดอย', 'กาแฟ', 'นิม', 'บัส', 'โลตัส', 'สยาม', 'รามา', 'ชา', 'ธารา', 'เซน', 'โมริ', 'ปานา', 'เวลา'];
const HAN_SYLLABLES = ['蝦', '皮', '班', '朵', '伊', '雲', '海', '綠', '茶', '東', '興', '華', '樂', '寶'];

const EN = ['just tried', 'the new', 'coffee at', 'really love', 'customer service was', 'so slow today', 'would recommend', 'never again', 'amazing staff', 'delivery took forever', 'great price', 'check out', 'my order from', 'anyone else using'];
const TH = ['วันนี้ไป', 'ร้าน', 'อร่อยมากกกก', 'บริการดี', 'ส่งช้ามาก', 'แนะนำเลย', 'ไม่ไหวแล้ว', 'ราคาถูก', 'ใครเคยใช้', 'โซเชียลมีเดีย', 'แอดมินตอบไว', 'ชอบมากค่ะ', '555555', 'ของแท้ไหม'];
const ZH_HANT = ['今天去了', '客服態度很好', '出貨太慢了', '真的很推薦', '價格便宜', '在微博上看到', '東西很好用', '不會再買了', '有人用過嗎', '這家店', '服務很棒', '包裝很漂亮'];
const ZH_HANS = ['今天去了', '客服态度很好', '发货太慢了', '真的很推荐', '价格便宜', '在微博上看到', '东西很好用', '不会再买了', '有人用过吗', '这家店', '服务很棒', '包装很漂亮'];
const EXTRAS = ['😀', '🎉', '❤️', '🔥', '!!', '?', 'https://example.com/p/123', '#review', '#รีวิว', '#好物'];
const SOURCES: MentionSource[] = ['mastodon', 'bluesky', 'rss', 'webhook', 'file'];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

type Brand = { latin: string; thai: string; han: string; handle: string };

/** `count` brands with a Latin, Thai and Chinese name each; the same seed gives the same brands. */
export function generateBrands(count: number, seed = 7): Brand[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const a = Math.floor(random() * LATIN_SYLLABLES.length);
    const b = Math.floor(random() * LATIN_SYLLABLES.length);
    const latin = `${LATIN_SYLLABLES[a]} ${LATIN_SYLLABLES[b]}${i}`;
    return {
      latin,
      thai: `${THAI_SYLLABLES[a]}${THAI_SYLLABLES[b]}${i}`,
      han: `${HAN_SYLLABLES[a % HAN_SYLLABLES.length]}${HAN_SYLLABLES[b % HAN_SYLLABLES.length]}${i}`,
      handle: latin.replace(' ', '_'),
    };
  });
}

/** Topics the way a team writes them: names in three scripts, a handle, a tag, some exclusions. */
export function generateTopics(brands: readonly Brand[]): TopicDefinition[] {
  return brands.map((brand, i) => {
    let query = `"${brand.latin}" OR ${brand.thai} OR ${brand.han} OR @${brand.handle} OR #${brand.handle}`;
    if (i % 5 === 1) query = `(${query}) -giveaway -แจกฟรี`;
    if (i % 7 === 2) query = `(${query}) lang:th`;
    if (i % 11 === 3) query = `(${query}) (客服 OR service OR บริการ)`;
    return { id: `topic-${i}`, query };
  });
}

function sentence(random: () => number, words: readonly string[], joiner: string, length: number): string {
  return Array.from({ length }, () => pick(random, words)).join(joiner);
}

export function generateMentions(count: number, brands: readonly Brand[], seed = 42): GeneratedMention[] {
  const random = seededRandom(seed);
  const mentions: GeneratedMention[] = [];
  for (let i = 0; i < count; i++) {
    const roll = random();
    const brand = random() < 0.35 ? pick(random, brands) : null;
    let text: string;
    if (roll < 0.4) {
      text = sentence(random, EN, ' ', 3 + Math.floor(random() * 4));
      if (brand) text += random() < 0.5 ? ` ${brand.latin.toUpperCase()}` : ` @${brand.handle}`;
    } else if (roll < 0.7) {
      text = sentence(random, TH, random() < 0.5 ? '' : ' ', 2 + Math.floor(random() * 4));
      if (brand) text = `${text}${random() < 0.7 ? brand.thai : ` ${brand.latin}`}`;
    } else {
      const traditional = roll < 0.85;
      text = sentence(random, traditional ? ZH_HANT : ZH_HANS, random() < 0.3 ? '，' : '', 2 + Math.floor(random() * 3));
      // Topics name brands in Traditional; Simplified posts write them in Simplified.
      if (brand) text = `${traditional ? brand.han : foldHanScript(brand.han)}${text}`;
    }
    if (random() < 0.4) text += ` ${pick(random, EXTRAS)}`;
    mentions.push({ text, source: pick(random, SOURCES) });
  }
  return mentions;
}
