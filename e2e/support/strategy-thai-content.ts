/** A small café in Chiang Mai writing its first social media strategy, in Thai, as a real team would. */

export const CAFE = {
  organization: 'บ้านดอยคาเฟ่ เชียงใหม่',
  workspace: 'บ้านดอยคาเฟ่',
  owner: { name: 'กมลวรรณ ใจดี', email: 'kamonwan@baandoi.example' },
  member: { name: 'ธนพล ศรีสุข', email: 'thanaphon@baandoi.example', password: 'กาแฟดริปดอยช้างทุกเช้า' },
};

// A year ahead, so the SMART "time-bound" check passes whenever the test runs.
const nextYear = new Date().getFullYear() + 1;

export const GOALS = {
  reason: 'ลูกค้าในนิมมานหาร้านกาแฟผ่าน LINE และ Instagram ก่อนออกจากบ้าน',
  statement:
    'ใช้ LINE OA และ Facebook ชวนคนทำงานย่านนิมมานฯ ให้สั่งกาแฟดริปจากเมล็ดดอยช้างของร้านล่วงหน้า เพื่อเพิ่มยอดขายช่วงเช้าวันธรรมดา',
  objective: {
    title: 'เพิ่มออเดอร์สั่งล่วงหน้าผ่าน LINE OA',
    metric: 'จำนวนออเดอร์สั่งล่วงหน้าต่อเดือน',
    baseline: '120',
    target: '360',
    deadline: `${nextYear}-03-31`,
  },
  tactic: 'คูปองแก้วที่สองลดครึ่งราคาทาง LINE ทุกเช้าวันจันทร์',
};

export const CONTEXT = {
  segment: { name: 'คนทำงานย่านนิมมานฯ', description: 'พนักงานออฟฟิศและฟรีแลนซ์อายุ 25–35 ปี แวะซื้อกาแฟก่อนเข้างาน 7:30–9:00 น.' },
  marketSummary: 'ย่านนิมมานเหมินท์มีคาเฟ่มากกว่า 80 ร้าน ลูกค้าประจำเลือกร้านจากความสะดวกและคุณภาพเมล็ด มากกว่าการตกแต่ง',
  strength: 'คั่วเมล็ดจากดอยช้างเองในร้านทุกสัปดาห์',
  valueProposition: 'กาแฟดริปจากเมล็ดดอยช้างคั่วสด สั่งผ่าน LINE แล้วรับได้ทันทีโดยไม่ต้องรอคิว',
  budget: '60000',
  headcount: '2',
  hoursPerWeek: '10',
};

export const LISTENING = {
  brandTerms: ['บ้านดอยคาเฟ่', 'Baan Doi Cafe', 'บ้านดอย นิมมาน'],
  categoryTerms: ['กาแฟดริป', 'คาเฟ่นิมมาน'],
  competitor: { name: 'คาเฟ่ดอยสุเทพ', handles: ['@doisuthepcafe'] },
  question: 'ลูกค้าพูดถึงร้านเราอย่างไรหลังมาครั้งแรก',
};

export const PERSONA = {
  name: 'น้ำฝน สาวออฟฟิศสายกาแฟ',
  motivations: ['ได้กาแฟดีก่อนเข้างานโดยไม่ต้องรอ'],
  challenges: ['คิวยาวช่วงแปดโมงเช้า'],
  howToTalk: 'เป็นกันเองเหมือนบาริสต้าที่รู้จักกัน ใช้ประโยคสั้น ลงท้ายด้วย ค่ะ/ครับ',
};

export const KPI = { targets: ['150', '200', '260', '360'], dataSource: 'รายงานออเดอร์จาก LINE OA Manager' };

export const ONE_THING = {
  differentiator: 'กาแฟดริปเมล็ดดอยช้างคั่วเองในร้าน สั่งผ่าน LINE แล้วรับได้ใน 2 นาที',
  proofPoint: 'คั่วเมล็ดใหม่ทุกวันจันทร์ และบอกวันคั่วบนแก้วทุกใบ',
  attribute: 'ความสดของเมล็ดกาแฟ',
  scores: { us: '5', competitor: '3' },
};

export const CHANNELS = {
  line: { reason: 'ลูกค้าประจำเพิ่มเพื่อนใน LINE อยู่แล้ว ใช้รับออเดอร์ล่วงหน้าและส่งคูปองได้ตรงตัว', posts: '3', hoursPerPost: '1', hoursPerWeek: '4', target: '360' },
  facebook: { reason: 'คนในเชียงใหม่หาคาเฟ่ผ่านกลุ่มและเพจ Facebook ใช้เล่าเรื่องเมล็ดและรีวิวจากลูกค้า', posts: '2', hoursPerPost: '1.5', hoursPerWeek: '3', target: '20000' },
};

export const VOICE = {
  weAre: ['อบอุ่น', 'รู้จริงเรื่องกาแฟ'],
  weAreNot: ['ขายของยัดเยียด'],
  thaiNotes: 'ลงท้ายด้วย ค่ะ/ครับ เรียกลูกค้าว่า คุณ ปนคำอังกฤษได้เฉพาะชื่อเมนู',
  responseHours: '2',
  brandPersona: 'บาริสต้ารุ่นพี่ใจดีจากดอยช้าง ชอบเล่าเรื่องเมล็ดกาแฟแต่ไม่อวดรู้',
};

export const GOVERNANCE = {
  policy: { title: 'นโยบายบัญชีโซเชียลของร้าน', body: 'เฉพาะเจ้าของร้านและฝ่ายขายโพสต์ในบัญชีร้านได้ ห้ามโพสต์ภาพลูกค้าโดยไม่ขออนุญาต' },
  guideline: 'แนวทางสำหรับพนักงานเมื่อพูดถึงร้านในบัญชีส่วนตัว',
  approval: 'โพสต์โปรโมชันต้องให้เจ้าของร้านอนุมัติก่อน 1 วัน',
  training: 'อบรมพนักงานใหม่เรื่องการตอบแชต LINE ภายในสัปดาห์แรก',
  crisis: { description: 'ลูกค้าร้องเรียนเรื่องอาหารเป็นพิษหรือความปลอดภัยและถูกแชร์ต่อ', who: ['เจ้าของร้าน'], minutes: '30' },
};

export const RELATIONSHIP = { name: 'บล็อกเกอร์สายคาเฟ่เชียงใหม่', count: '12', value: 4 };
