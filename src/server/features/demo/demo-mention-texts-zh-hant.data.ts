import type { LanguageTexts } from './demo-mention-fill.domain.ts';

/** Traditional Chinese posts: visitors from Taiwan and Hong Kong. */
export const TEXTS_ZH_HANT: LanguageTexts = {
  brand: [
    ['pos', '在清邁{a}找到{b}，{d}真的很好喝，這家必去！{e}'],
    ['pos', '{b}的{d}超好喝，店員也很親切 {e} {#}'],
    ['pos', '帶了兩包{b}的{bean}咖啡豆回台灣，朋友都說讚 {e}'],
    ['pos', '{b}環境很舒服，適合坐一整個下午 {e}'],
    ['pos', '這次清邁之旅最喜歡的咖啡店就是{b} {e} {#}'],
    ['pos', '{b}的咖啡豆包裝上寫了農夫的名字，好用心 {e}'],
    ['neu', '請問{b}可以寄到台灣嗎？'],
    ['neu', '{b}古城那家跟寧曼路那家一樣嗎？'],
    ['neu', '{b}週日有開嗎？想去買豆子'],
    ['neu', '在{b}點了{d}，價格大概一百泰銖'],
    ['neg', '{b}排隊排好久，等了快半小時 {e}'],
    ['neg', '{b}的{d}今天偏酸，有點失望 {e}'],
    ['neg', '{b}的店不太好找，地圖定位不準，繞了很久 {e}'],
  ],
  competitor: [
    ['pos', '{c}的咖啡也很不錯，推薦給大家 {e}'],
    ['pos', '{c}的豆子很新鮮，價格也實在 {e}'],
    ['neu', '有人去過{c}嗎？值得去嗎？'],
    ['neu', '{c}可以用信用卡付款嗎？'],
    ['neg', '{c}的豆子收到時已經不新鮮了 {e}'],
  ],
  comparison: [
    ['pos', '比較了{b}和{c}，還是{b}比較好喝 {e}'],
    ['neu', '{b}還是{c}？買伴手禮哪個好？'],
  ],
  category: [
    ['pos', '清邁咖啡真的好喝，精品咖啡店很多 {e} {#}'],
    ['pos', '寧曼路的手沖咖啡店一間比一間厲害 {e}'],
    ['neu', '清邁有推薦的手沖咖啡店嗎？下個月要去'],
    ['neu', '想買清邁的淺焙咖啡豆當伴手禮，哪家比較好？'],
    ['neg', '寧曼路的咖啡店越來越貴了，還很擠 {e}'],
  ],
  praiseSpike: [
    ['pos', '看到網路上大家推薦{b}，今天去喝果然名不虛傳 {e}'],
    ['pos', '恭喜{b}得獎！實至名歸 {e}'],
    ['neu', '最近很紅的{b}要排隊嗎？'],
  ],
  complaintSpike: [
    ['neg', '在{b}網購的咖啡豆烘焦了，好失望 {e}'],
    ['neg', '收到{b}的豆子有燒焦味，還寄了一個星期，很糟糕 {e}'],
    ['neu', '有人也收到{b}烘焦的那批豆子嗎？要怎麼換貨？'],
  ],
  apology: [
    ['pos', '{b}很負責，馬上換了新的豆子給我，很滿意 {e}'],
  ],
  slots: {
    brand: ['班多咖啡', '班多咖啡', 'Baan Doi', 'Baan Doi Coffee'],
    competitors: {
      doiMok: ['Doi Mok Coffee', '@doimok.roastery'],
      lannaBeanLab: ['Lanna Bean Lab', '@lannabeanlab'],
      khaoKhiao: ['Khao Khiao beans', '@khaokhiao.coffee'],
    },
    drink: ['手沖', '冰拿鐵', '橙汁美式', '冷萃', '澳白', '藝伎手沖'],
    area: ['寧曼路', '古城', '塔佩門'],
    bean: ['Doi Chang', '泰北山區', 'Doi Saket'],
    shop: ['寧曼店', '古城店', ''],
    hashtag: ['#清邁咖啡', '#清邁自由行', '#手沖咖啡', '#泰國旅遊'],
    emoji: {
      pos: ['☕', '😋', '👍', '❤️', '', '✨'],
      neu: ['', '', '🙏', '🤔'],
      neg: ['😞', '😣', '👎', ''],
    },
  },
};
