import type { LanguageTexts } from './demo-mention-fill.domain.ts';

/** Simplified Chinese posts: visitors from mainland China, mostly on Xiaohongshu. */
export const TEXTS_ZH_HANS: LanguageTexts = {
  brand: [
    ['pos', '清迈宝藏咖啡店！{b}的{d}绝了 {e} {#}'],
    ['pos', '在{a}的{b}坐了一下午，{d}很好喝，环境也舒服 {e}'],
    ['pos', '{b}的店员超级热情，还给我们讲咖啡豆的故事 {e}'],
    ['pos', '带了{b}的{bean}咖啡豆回国当伴手礼，家人都说好喝 {e}'],
    ['pos', '清迈之行最惊喜的就是{b}，强烈推荐 {e} {#}'],
    ['neu', '{b}可以寄国内吗？求问'],
    ['neu', '{b}在古城哪个位置？导航找不到'],
    ['neu', '{b}要排队吗？周末人多不多'],
    ['neu', '{b}的{d}多少钱一杯？'],
    ['neg', '{b}太难找了，绕了半天才找到 {e}'],
    ['neg', '{b}排队一个小时，体验很差 {e}'],
    ['neg', '{b}的{d}有点酸，不太喜欢 {e}'],
  ],
  competitor: [
    ['pos', '{c}也值得去，豆子很新鲜 {e}'],
    ['pos', '{c}的烘焙视频好治愈，咖啡也好喝 {e}'],
    ['neu', '{c}和别家比怎么样？'],
    ['neg', '{c}的服务态度不太好，有点失望 {e}'],
  ],
  comparison: [
    ['pos', '对比了{b}和{c}，更喜欢{b} {e}'],
    ['neu', '{b}和{c}选哪个？只有一天时间'],
  ],
  category: [
    ['pos', '清迈咖啡真的是天花板，精品咖啡店一条街 {e} {#}'],
    ['pos', '清迈的浅烘咖啡豆果香好浓，太喜欢了 {e}'],
    ['neu', '求推荐清迈手冲咖啡店，最好在古城附近'],
    ['neu', '清迈咖啡豆哪家适合带回国？'],
    ['neg', '宁曼路咖啡店网红化太严重了，人多又贵 {e}'],
  ],
  praiseSpike: [
    ['pos', '跟着博主去了{b}，果然名不虚传 {e}'],
    ['pos', '{b}得奖了！恭喜，实至名归 {e}'],
  ],
  complaintSpike: [
    ['neg', '网购{b}的咖啡豆收到是烤焦的，太失望了 {e}'],
    ['neg', '{b}这批豆子有焦味，快递还慢，差评 {e}'],
  ],
  apology: [
    ['pos', '{b}给换了新豆子，态度还不错 {e}'],
  ],
  slots: {
    brand: ['班多咖啡', '班多咖啡', 'Baan Doi', 'Baan Doi Coffee'],
    competitors: {
      doiMok: ['Doi Mok Coffee', '@doimok.roastery'],
      lannaBeanLab: ['Lanna Bean Lab', '@lannabeanlab'],
      khaoKhiao: ['Khao Khiao beans', '@khaokhiao.coffee'],
    },
    drink: ['手冲', '冰拿铁', '橙子美式', '冷萃', 'dirty', '瑰夏手冲'],
    area: ['宁曼路', '古城', '塔佩门'],
    bean: ['Doi Chang', '泰北高山', 'Doi Saket'],
    shop: ['宁曼店', '古城店', ''],
    hashtag: ['#清迈咖啡', '#清迈旅行', '#小众咖啡馆', '#泰国自由行'],
    emoji: {
      pos: ['☕️', '😋', '👍', '🥰', '', '✨'],
      neu: ['', '', '🙏', '🤔'],
      neg: ['😤', '😓', '👎', ''],
    },
  },
};
