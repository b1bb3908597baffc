/**
 * Thai cue words for the rule features of the Thai model. The model learns how much each cue is
 * worth from the training data; these lists only say where the cues are, so their job is to be
 * clearly positive or negative in everyday social-media Thai, not to be complete.
 */
export type ThEntry = { kind: 'pos' } | { kind: 'neg' } | { kind: 'negator'; partial: boolean } | { kind: 'question' } | { kind: 'neutral' };

const POSITIVE = [
  'ดี ดีมาก ดีใจ ชอบ รัก สวย อร่อย ประทับใจ สุดยอด เยี่ยม ยอดเยี่ยม เจ๋ง ปัง คุ้ม คุ้มค่า น่ารัก สนุก ถูกใจ แนะนำ ขอบคุณ เลิศ ปลื้ม',
  'สะดวก สบาย หอม เด็ด แจ่ม ชื่นชม เริ่ด ฟิน น่าสนใจ เก่ง สะอาด รวดเร็ว ใจดี เป็นกันเอง อบอุ่น นุ่ม ละมุน ประหยัด ปลอดภัย มีความสุข',
  'สดชื่น ชื่นใจ หล่อ เท่ ว้าว ดีเยี่ยม ดีงาม งาม พอใจ ภูมิใจ ยินดี เพลิน สุดคุ้ม จัดเต็ม ชัดเจน ทนทาน ลื่น ดีต่อใจ ถูกปาก ซึ้ง ขอบใจ',
].join(' ');

const NEGATIVE = [
  'แย่ ห่วย เกลียด ผิดหวัง เสียใจ โกรธ แพง ช้า เหม็น สกปรก ห่วยแตก เซ็ง เบื่อ น่าเบื่อ รำคาญ โกง หลอก พัง ปัญหา เสียดาย กาก เหี้ย แม่ง',
  'ด่า ร้องเรียน เลว เฮงซวย ขยะ เสียเวลา เสียอารมณ์ หงุดหงิด ทุเรศ น่ากลัว เจ็บ ปวด ผิดพลาด ล่าช้า งง เศร้า ร้องไห้ ลำบาก ยุ่งยาก ซวย',
  'เสื่อม ขี้โกง หลอกลวง เอาเปรียบ ระวัง แพงเกิน เสีย อืด ค้าง กระตุก หมดอารมณ์ เสียความรู้สึก ไม่ไหว',
].join(' ');

// Words that contain a cue but are not one ("ช้าง" is an elephant, "เสียง" a sound, "ดีแทค" a brand).
const NEUTRAL = 'ช้าง เสียง เสียบ ดีเซล วิดีโอ ดีล ดีไซน์ ดีเจ ดีแทค รักษา ถูกต้อง หอมแดง เสียภาษี ชอบธรรม ดีกรี';
const NEGATORS = 'ไม่ ไม่ได้ ไม่มี ไม่เคย ไม่ใช่ ไม่เป็น มิ อย่า ไร้';
const PARTIAL_NEGATORS = 'ไม่ค่อย ไม่ค่อยจะ ไม่ค่อยได้ ไม่ถึงกับ';
const QUESTIONS = 'ไหม มั้ย มั๊ย หรือเปล่า รึเปล่า หรอ เหรอ ยังไง อย่างไร ทำไม ที่ไหน เท่าไหร่ เท่าไร อะไร ? ？';

export function thEntries(): Array<readonly [string, ThEntry]> {
  const words = (list: string) => list.split(' ').filter(Boolean);
  return [
    ...words(POSITIVE).map((w) => [w, { kind: 'pos' }] as const),
    ...words(NEGATIVE).map((w) => [w, { kind: 'neg' }] as const),
    ...words(NEUTRAL).map((w) => [w, { kind: 'neutral' }] as const),
    ...words(NEGATORS).map((w) => [w, { kind: 'negator', partial: false }] as const),
    ...words(PARTIAL_NEGATORS).map((w) => [w, { kind: 'negator', partial: true }] as const),
    ...words(QUESTIONS).map((w) => [w, { kind: 'question' }] as const),
  ];
}
