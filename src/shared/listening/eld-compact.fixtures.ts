/*
 * Texts for checking a port of eld against eld itself (eld-compact.domain.test.ts): what social
 * posts look like, and the edges of eld's algorithm.
 */

const SENTENCES = [
  'Just tried the new coffee at Baan Doi, amazing service and the staff were so friendly!',
  'Delivery took forever again, would not recommend this shop to anyone',
  'Le service client était vraiment excellent aujourd’hui, merci beaucoup',
  "J'ai commandé hier et je n'ai toujours rien reçu, c'est inadmissible",
  'Der Kaffee war kalt und die Bedienung sehr unfreundlich, schade',
  'Ich habe gestern bestellt und alles kam pünktlich an, sehr zufrieden',
  'El envío llegó tarde otra vez, qué mal servicio de atención al cliente',
  'Me encanta esta tienda, los precios son buenísimos y la calidad también',
  'Saya suka sekali produk ini, pengirimannya cepat dan pelayanannya ramah',
  'Barangnya sudah sampai tapi kemasannya rusak, tolong dicek lagi ya kak',
  'Kopi di sini enak sekali, saya akan datang lagi bersama kawan-kawan',
  'Perkhidmatan pelanggan sangat baik dan penghantaran pun cepat, terima kasih',
  'Cà phê ở đây rất ngon và nhân viên thân thiện, tôi sẽ quay lại',
  'Giao hàng quá chậm, tôi đã đợi cả tuần mà vẫn chưa nhận được',
  'Adorei o atendimento, voltarei com certeza na próxima semana',
  'A entrega atrasou de novo e ninguém responde as mensagens',
  'Ang bilis ng delivery, salamat po sa inyong magandang serbisyo',
  'Hindi ko nagustuhan ang produkto, sira na nang dumating sa bahay',
  'Доставка была очень быстрой, спасибо за отличный сервис',
  'Кофе был холодным, а персонал совсем не приветливый',
  'الخدمة ممتازة والتوصيل سريع جدا، شكرا لكم',
  'المنتج وصل متأخرا والتغليف كان سيئا للغاية',
  '今日はとても楽しかったです。また行きたいと思います',
  '配達が遅すぎて本当に困っています',
  '오늘 커피가 정말 맛있어요 다음에 또 올게요',
  '배송이 너무 늦어서 실망했습니다',
  'วันนี้ไปร้านบ้านดอยมา กาแฟอร่อยมากกกก 555',
  'ส่งช้ามาก ไม่ประทับใจเลยค่ะ',
  '我們今天在蝦皮買了東西，客服很好',
  '发货太慢了，不会再买了',
  'Het eten was heerlijk en de bediening erg vriendelijk',
  'Bardzo dobra obsługa i szybka dostawa, polecam',
  'Questo prodotto è fantastico, lo consiglio a tutti',
  'Çok güzel bir ürün, herkese tavsiye ederim',
  'Η παράδοση ήταν πολύ γρήγορη, ευχαριστώ',
  'השירות היה מצוין והמשלוח הגיע מהר',
  'यह उत्पाद बहुत अच्छा है, मैं इसे सभी को सुझाऊंगा',
];
const SHORT = ['ok', 'lol', 'nice!', 'wow', 'gg', 'ya', 'si', 'oui', 'ja', 'nein', 'da', 'merci', 'gracias', 'terima kasih', 'salamat', 'cảm ơn', 'спасибо', 'شكرا', 'ありがとう', '감사', 'ขอบคุณ', '谢谢', 'a', 'I', 'x y', '', ' ', '...', '!!!', '123', '2024-03-01'];
const ODD = [
  '😀🎉❤️🔥',
  'great 😀😀 coffee 🎉',
  '@baandoi_official #coffeelover https://example.com/a/b?c=d ขอบคุณมากค่ะ',
  'https://t.co/xYz123 http://www.example.com/path www.example.org',
  'check out www.shop.com/deal and email me at someone@example.com',
  "don't won’t it`s l'amour dell'arte ''quoted'' ``ticks``",
  'İstanbul’da çok güzel bir gün geçirdik, ŞAHANE',
  'ＪＵＳＴ ＴＲＩＥＤ ＴＨＥ ＮＥＷ ＣＯＦＦＥＥ',
  '𝐓𝐡𝐢𝐬 𝐢𝐬 𝐛𝐨𝐥𝐝 text with 𝒮𝒸𝓇𝒾𝓅𝓉 letters',
  'lone \uD800 high and \uDC00 low surrogates, end \uD83D',
  'Supercalifragilisticexpialidocious'.repeat(4),
  `${'Donaudampfschifffahrtsgesellschaftskapitänswitwe'.repeat(3)} und ${'Donaudampfschifffahrtsgesellschaftskapitänswitwe'.repeat(3)}`,
  'ыыыыыыыыыыыыыыыыыыыыыыыыыыыыыыыыыыыыыыыыыыыыыыыыыыы',
  // the last n-gram of a word past 70 bytes runs to its end: in no table, but it counts
  `the ${'ы'.repeat(48)} ok`,
  `and ${'ы'.repeat(48)} el`,
  'the coffee was great and the staff were friendly '.repeat(40),
  'El café estaba bueno pero '.repeat(60),
  'Tiếng Việt có dấu '.repeat(30),
  'mixed English and français dans la même phrase, very confusing indeed',
  'Kopi enak, the service was great, merci beaucoup!',
  'Spasibo! Отличный сервис, thank you',
  'ร้านนี้ good มาก 好吃 맛있어요',
  'a b c d e f g h i j k l m n o p q r s t u v w x y z',
  'ab cd ef gh ij kl mn op',
  'abc abcd abcde abcdef abcdefg',
  '\t\nnew\tlines\r\nand tabs\n',
  'ÀÉÎÕÜ àéîõü ñ ç ß ø å æ',
];

/**
 * Words that score in no language (Canadian syllabics, 3 bytes a letter; Syriac, 2) up to a space
 * after exactly `bytes` UTF-8 bytes, then `tail`: what eld cuts off decides the answer.
 */
function afterBytes(bytes: number, tail: string, lead = ''): string {
  const words = Math.floor((bytes - 6) / 7);
  const first = bytes - 7 * words;
  let syriac = 0;
  while ((first - 2 * syriac) % 3 !== 0) syriac++;
  return `${lead}${'ᐁ'.repeat((first - 2 * syriac) / 3)}${'ܐ'.repeat(syriac)} ${'ᐁᐂ '.repeat(words)}${tail}`;
}

/** Texts at eld's cuts: a space past 350 bytes, any character past 380, 1,000 characters; repeated n-grams. */
function boundaries(): string[] {
  const texts: string[] = [];
  for (let bytes = 345; bytes <= 356; bytes++) {
    for (const lead of ['', '. ']) texts.push(afterBytes(bytes, 'hello world', lead), afterBytes(bytes, 'bonjour', lead));
  }
  for (let bytes = 300; bytes <= 350; bytes += 2) texts.push(afterBytes(bytes, 'hello'.repeat(13)));
  for (let k = 0; k < 16; k++) texts.push(`${'.'.repeat(990 + k)}bonjour merci`);
  for (const [a, b] of [
    ['bonjour', 'hello'],
    ['gracias', 'danke'],
    ['terima', 'obrigado'],
  ]) {
    for (let n = 1; n < 5; n++) texts.push(`${a} ${`${b} `.repeat(n)}`, `${`${a} `.repeat(n)}${b} ${b}`);
  }
  return texts;
}

function variants(text: string): string[] {
  const words = text.split(' ');
  return [text, text.toUpperCase(), words.slice(0, 1).join(' '), words.slice(0, 2).join(' '), words.slice(0, 3).join(' '), `${text} 😀 https://example.com/x`, `@someone ${text} #tag`];
}

/** A few hundred texts: eld's 60 languages, mixed, emoji, very short, links, odd Unicode, at eld's cuts. */
export const ELD_TEST_TEXTS = [...new Set([...SENTENCES.flatMap(variants), ...SHORT, ...ODD, ...ODD.map((t) => t.slice(0, 7)), ...boundaries()])];
