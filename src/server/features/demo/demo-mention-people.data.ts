import type { DemoLanguage } from './demo-mention-fill.domain.ts';
import type { Random, Weighted } from './demo-random.domain.ts';

/*
 * Who writes the demo's mentions and where: a few recurring accounts with a large following (so
 * "top authors" and reach have something to show) and, per language, a crowd of ordinary people
 * of whom some post often and most once or twice.
 */

export type Influencer = { name: string; language: DemoLanguage; channel: string; followers: number };

export const FOOD_BLOGGER: Influencer = { name: 'กินเที่ยวเชียงใหม่ by แพรว', language: 'th', channel: 'facebook', followers: 240_000 };
export const ROASTER_PAGE = { name: 'Baan Doi Coffee Roasters', channel: 'facebook', followers: 18_000 };

export const INFLUENCERS: readonly Influencer[] = [
  FOOD_BLOGGER,
  { name: 'พี่หมีชงกาแฟ', language: 'th', channel: 'tiktok', followers: 130_000 },
  { name: 'Cafe Hopper CNX', language: 'th', channel: 'instagram', followers: 58_000 },
  { name: '@chiangmai.nomadbrews', language: 'en', channel: 'instagram', followers: 64_000 },
  { name: 'Slow Travel Jess', language: 'en', channel: 'blog', followers: 21_000 },
  { name: '清邁慢慢走 Slow CNX', language: 'zh-Hant', channel: 'facebook', followers: 42_000 },
  { name: '阿May在清迈', language: 'zh-Hans', channel: 'xiaohongshu', followers: 38_000 },
];

export const CHANNELS: Readonly<Record<DemoLanguage, Weighted<string>>> = {
  th: [['facebook', 34], ['instagram', 20], ['tiktok', 14], ['x', 10], ['pantip', 8], ['threads', 8], ['blog', 6]],
  en: [['instagram', 30], ['facebook', 14], ['x', 14], ['threads', 10], ['blog', 10], ['mastodon', 8], ['bluesky', 8], ['tiktok', 6]],
  'zh-Hant': [['instagram', 35], ['facebook', 30], ['threads', 15], ['dcard', 10], ['blog', 10]],
  'zh-Hans': [['xiaohongshu', 60], ['weibo', 25], ['douyin', 15]],
};

/** How far an ordinary post travels on each network, relative to a Facebook post. */
export const CHANNEL_REACH: Readonly<Record<string, number>> = {
  tiktok: 2.5,
  pantip: 1.5,
  xiaohongshu: 1.3,
  douyin: 2,
  x: 0.8,
  blog: 0.6,
  mastodon: 0.3,
  bluesky: 0.3,
};

const NAME_PARTS: Readonly<Record<DemoLanguage, { first: readonly string[]; last: readonly string[]; handles: readonly string[] }>> = {
  th: {
    first: ['พลอย', 'มายด์', 'ต้น', 'เบียร์', 'ฟ้า', 'นัท', 'บอส', 'ปุ้ย', 'แนน', 'ออม', 'กิ๊ฟ', 'โอ๊ต', 'ตาล', 'ป๊อป', 'มิ้นท์', 'แบงค์', 'เฟิร์น', 'จูน',
      'ปาล์ม', 'เอิร์น', 'ก้อย', 'แป้ง', 'ตั้ม', 'หนิง', 'กอล์ฟ', 'น้ำ', 'ฝน', 'เปิ้ล', 'อาร์ม', 'บีม'],
    last: ['ศรีสุข', 'ทองดี', 'แก้วมณี', 'บุญมา', 'จันทร์เพ็ญ', 'วงศ์ใหญ่', 'สุขใจ', 'พรหมมา', 'อินทร์แก้ว', 'คำมูล', 'ใจดี', 'ปัญญาวงศ์',
      'ศรีวิชัย', 'สิทธิชัย', 'มณีวงศ์', 'ธนากร', 'รัตนกุล', 'เรือนคำ', 'ชัยมงคล', 'กันทะวงศ์'],
    handles: ['ploy.cnx', 'nut_coffee', 'fah.cafehopping', 'boss.drip', 'mint_chiangmai', 'oat.slowbar', 'june.latte', 'bank_nimman', 'earn.eats', 'beam.brews'],
  },
  en: {
    first: ['Emma', 'Liam', 'Sophie', 'Jake', 'Mia', 'Tom', 'Hannah', 'Lucas', 'Chloe', 'Ben', 'Anna', 'Max', 'Zoe', 'Sam', 'Olivia', 'Noah', 'Ella', 'Leo', 'Grace', 'Finn'],
    last: ['Walker', 'Meyer', 'Nguyen', 'Brown', 'Keller', 'Smith', 'Rossi', 'Dubois', 'Evans', 'Park', 'Jensen', 'Murphy', 'Tanaka', 'Silva', 'Clarke'],
    handles: ['nomad.sam', 'coffee_with_mia', 'tom.travels', 'beansandbackpacks', 'hannah_in_cnx', 'jake.codes.remote', 'leo.on.the.road', 'grace_sips'],
  },
  'zh-Hant': {
    first: ['小美', '阿傑', '家豪', '怡君', '淑芬', '志明', '雅婷', '佳穎', '冠宇', '詩涵', '宗翰', 'Ivy', '思妤', '柏翰', '品妍', '承恩', '嘉欣', '浩然', '曉彤', '子軒'],
    last: ['', '在旅行', '的咖啡日記', '愛喝咖啡', '去旅行', '吃喝玩樂'],
    handles: ['ivy.travel.tw', 'hk_coffee_diary', 'yating.cafe', 'jason_trip_hk', 'kaohsiung.bean', 'hkfoodie.wing'],
  },
  'zh-Hans': {
    first: ['小鱼', '阿杰', '晓雯', '大橙子', '豆豆', '雯雯', '小王', 'Lily', '一只猫', '桃子', '糖糖', '阿飞', '小鹿', '柚子', '阿琳', '大熊', '小葵', '木木', '七七', '小周'],
    last: ['', '在清迈', '爱旅行', '的日常', '去旅行', '吃遍泰国'],
    handles: [],
  },
};

/** The crowd of one language: everyone once, shuffled, so who posts most differs from the list order. */
export function authorPool(language: DemoLanguage, random: Random): string[] {
  const parts = NAME_PARTS[language];
  const separator = language === 'th' || language === 'en' ? ' ' : '';
  const names = parts.first.flatMap((first) => parts.last.map((last) => (last === '' ? first : `${first}${separator}${last}`)));
  const pool = [...names, ...parts.handles.map((h) => `@${h}`)];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool;
}

/** Zipf-like weights: the first few in a pool post again and again, the long tail once or twice. */
export function zipfWeights<T>(pool: readonly T[]): Weighted<T> {
  return pool.map((item, rank) => [item, 1 / (rank + 6) ** 0.7] as const);
}
