/*
 * Words too common to say anything in "top words". Lower case, as normaliseBase writes them.
 * Chinese lists both scripts, since statistics keep the script the mention was written in.
 */

const ENGLISH = `a about above after again all also am an and any are as at be because been before being
below between both but by can could did do does doing don't down during each even few for from further
get got had has have having he her here hers him his how i i'm if in into is isn't it it's its itself
just like me more most my no nor not now of off on once only or other our ours out over own really rt
same she should so some such than that that's the their theirs them then there these they this those
through to too under until up us very via was we were what when where which while who whom why will
with would you you're your yours`;

const THAI = `กับ การ ก็ ของ ขึ้น คง ครับ คะ ค่ะ คือ จะ จาก จึง ซึ่ง ด้วย ได้ ตาม ถ้า ถึง ทำ ที่ ทุก นะ นั้น นี้ น่ะ
แต่ และ แล้ว โดย ใน ให้ ไป ไม่ ไว้ มา มี เป็น เพราะ เพื่อ เลย เรา เขา เธอ เคย เอง อยู่ อย่าง อะไร หรือ
หาก ว่า ยัง ยิ่ง ละ ล่ะ วะ สำหรับ ส่วน อัน จ้า จ้ะ ฉัน ผม ดิฉัน คุณ มัน พวก กัน ไหม มั้ย บ้าง นู้น`;

const CHINESE = `的 了 是 在 我 你 他 她 它 我们 我們 你们 你們 他们 他們 这 這 那 这个 這個 那个 那個 个 個
和 与 與 也 都 就 还 還 而 及 或 但 又 很 太 吗 嗎 呢 吧 啊 哦 喔 呀 啦 嘛 着 著 过 過 把 被 让 讓 给 給
从 從 对 對 向 到 于 於 以 之 其 为 為 有 没 沒 没有 沒有 不 会 會 能 要 可以 一个 一個 什么 什麼 怎么 怎麼
自己 这样 這樣 那样 那樣 因为 因為 所以 如果 虽然 雖然 但是 就是 还是 還是 上 下 中 里 裡 得 地`;

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter((w) => w !== ''));
}

export const STOP_WORDS: Readonly<Record<'en' | 'th' | 'zh', ReadonlySet<string>>> = {
  en: words(ENGLISH),
  th: words(THAI),
  zh: words(CHINESE),
};

/**
 * Loanwords and names that Intl.Segmenter cuts apart in every workspace (โซเชียลมีเดีย → โซ|เชีย|ลมี|เดีย,
 * 微博 → 微|博); a workspace's own words are added to these. One script of Chinese is enough: the
 * dictionary matches on Han-folded text.
 */
export const BUILT_IN_WORDS: readonly string[] = [
  'โซเชียลมีเดีย',
  'เฟซบุ๊ก',
  'อินสตาแกรม',
  'ติ๊กต็อก',
  'ยูทูบ',
  'ไลน์แมน',
  'แอดมิน',
  'อินฟลูเอนเซอร์',
  'รีวิว',
  'โปรโมชั่น',
  '微博',
  '微信',
  '客服',
  '抖音',
  '小红书',
  '网红',
  '直播',
  '种草',
];
