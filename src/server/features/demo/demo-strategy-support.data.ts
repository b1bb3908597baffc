import type { Strategy } from '../../../shared/strategy/strategy.schemas.ts';
import { type DemoPeople, did } from './demo-strategy-ids.data.ts';

// The sections around the seven steps: voice, governance and relationships of the demo strategy.

export function demoVoice(): Strategy['voice'] {
  return {
    weAre: ['อบอุ่นและเป็นกันเอง', 'รู้จริงเรื่องกาแฟแต่อธิบายง่าย', 'ภูมิใจในเกษตรกรไทย', 'ตรงไปตรงมาเรื่องที่มาและราคา'],
    weAreNot: ['ขายของแบบเร่งเร้า', 'ใช้ศัพท์กาแฟจนคนทั่วไปงง', 'โอ้อวดหรือพูดถึงคู่แข่งในทางลบ'],
    vocabularyUse: ['คั่วสด', 'ล็อต', 'ชื่อเกษตรกร', 'single origin', '手沖', 'ชิมก่อนซื้อ'],
    vocabularyAvoid: ['ถูกที่สุด', 'ดีที่สุดในโลก', 'กาแฟชาวเขา (ใช้ "เกษตรกรบนดอย")', '廉價'],
    perLanguage: {
      th: { formality: 'casual', emoji: 'sparing', notes: 'ลงท้ายค่ะ/ครับตามคนตอบ เรียกลูกค้าว่า "คุณ" ไม่ใช้ภาษาวัยรุ่นเกินไป' },
      en: { formality: 'neutral', emoji: 'sparing', notes: 'Plain international English; explain Thai place names the first time.' },
      'zh-Hant': { formality: 'neutral', emoji: 'sparing', notes: '用繁體中文與台灣用語（「手沖」「伴手禮」），香港讀者也看得懂。' },
      'zh-Hans': { formality: 'neutral', emoji: 'none', notes: '小红书上的简体中文读者：用简体字，少用网络流行语。' },
    },
    responseTimePromiseHours: 2,
    brandPersona: 'เพื่อนโรงคั่วจากเชียงใหม่ที่รู้จักเกษตรกรทุกคนด้วยชื่อ ชวนคุยเรื่องกาแฟได้ทั้งวันแต่ไม่เคยยัดเยียดขาย. A friendly Chiang Mai roaster who knows every farmer by name.',
  };
}

export function demoGovernance(p: DemoPeople): Strategy['governance'] {
  return {
    items: [
      {
        id: did(100),
        kind: 'policy',
        title: 'นโยบายโซเชียลมีเดียของบ้านดอย',
        body: 'ใครโพสต์ในนามแบรนด์ได้บ้าง ห้ามเปิดเผยข้อมูลลูกค้า และการใช้รูปเกษตรกรหรือลูกค้าต้องได้รับความยินยอมเป็นลายลักษณ์อักษรตาม PDPA',
        ownerUserId: p.malee,
        reviewDate: '2027-06-30',
      },
      {
        id: did(101),
        kind: 'guideline',
        title: 'คู่มือภาพและเสียงแบรนด์',
        body: 'ภาพโทนอุ่น แสงธรรมชาติ; ทุกโพสต์สินค้ามีวันคั่วและชื่อเกษตรกร; ใช้เทมเพลต IG/XHS ในไดรฟ์ทีม',
        ownerUserId: p.ploy,
        reviewDate: '2027-03-31',
      },
      {
        id: did(102),
        kind: 'approval_process',
        title: 'ขั้นตอนอนุมัติโพสต์',
        body: 'โพสต์ทั่วไป: ผู้เขียน → Ploy อนุมัติภายใน 24 ชม. โปรโมชันและราคา: Somchai ตรวจราคาและสต็อกก่อน. 中文貼文：怡婷撰寫，王芳校對简体版本。',
        ownerUserId: p.ploy,
        reviewDate: '2027-03-31',
      },
      {
        id: did(103),
        kind: 'crisis_escalation',
        title: 'รับมือคำร้องเรียนและกระแสลบ',
        body: 'Nok รับเรื่องและตอบรับภายใน 30 นาทีในเวลาทำการ ประเมินระดับตามตารางระดับวิกฤต ไม่ลบคอมเมนต์ลบที่สุภาพ',
        ownerUserId: p.nok,
        reviewDate: '2027-01-31',
      },
      {
        id: did(104),
        kind: 'training',
        title: 'อบรมทีมหน้าร้านเรื่องโซเชียล',
        body: 'ไตรมาสละครั้ง: ขออนุญาตก่อนถ่ายรูปลูกค้า ตอบรีวิวบนแผนที่และ XHS และบันทึกโค้ดนักท่องเที่ยวในระบบขาย',
        ownerUserId: p.ploy,
        reviewDate: '2027-02-28',
      },
    ],
    crisis: {
      levels: [
        {
          id: did(110),
          level: 1,
          description: 'ความปลอดภัยอาหาร (พบสิ่งแปลกปลอม ลูกค้าป่วย) หรือกระแสลบที่สื่อหรืออินฟลูเอนเซอร์รายใหญ่หยิบไปเล่น',
          whoIsCalled: ['คุณมาลี (ผู้บริหาร)', 'เจ้าของร้าน', 'ที่ปรึกษากฎหมาย', 'Ploy (การตลาด)'],
          responseTimeMinutes: 30,
        },
        {
          id: did(111),
          level: 2,
          description: 'ร้องเรียนเรื่องคุณภาพหรือการจัดส่งที่ถูกแชร์เกิน 50 ครั้ง หรือรีวิว 1 ดาวหลายรายการในวันเดียว',
          whoIsCalled: ['Nok (บริการลูกค้า)', 'Somchai (ขาย)', 'Ploy (การตลาด)'],
          responseTimeMinutes: 120,
        },
        {
          id: did(112),
          level: 3,
          description: 'คอมเมนต์ลบรายคน หรือคำถามเรื่องพัสดุล่าช้า',
          whoIsCalled: ['Nok (บริการลูกค้า)'],
          responseTimeMinutes: 240,
        },
      ],
    },
  };
}

export function demoRelationships(p: DemoPeople): Strategy['relationships'] {
  return {
    relationships: [
      {
        id: did(120),
        name: 'บล็อกเกอร์และนักรีวิวคาเฟ่เชียงใหม่',
        kind: 'blogger',
        count: 15,
        context: 'รีวิวร้านและเมล็ดล็อตใหม่บน IG และ TikTok',
        relevance: 'ลูกค้าคนไทยเชื่อรีวิวจากคนจริงมากกว่าโฆษณา',
        value: 5,
        valueReason: 'พาลูกค้าใหม่มาที่ร้านและเว็บช็อป',
        flow: { channel: 'instagram', frequency: 'monthly', ownerUserId: p.ploy },
      },
      {
        id: did(121),
        name: '小紅書旅遊創作者（台灣、香港）',
        kind: 'influencer',
        count: 6,
        context: '每季邀請來清邁，體驗烘豆和兩家門市',
        relevance: '旅客出發前看他們的筆記決定去哪家咖啡廳',
        value: 4,
        valueReason: 'นักท่องเที่ยวที่ใช้โค้ด XHS ส่วนใหญ่มาจากโพสต์ของพวกเขา',
        flow: { channel: 'xiaohongshu', frequency: 'quarterly', ownerUserId: p.yiting },
      },
      {
        id: did(122),
        name: 'เกษตรกรดอยช้างและดอยสะเก็ด',
        kind: 'supplier',
        count: 14,
        context: 'ถ่ายคลิปที่ไร่ช่วงเก็บเกี่ยว และแจ้งยอดขายของล็อตแต่ละครอบครัว',
        relevance: 'เรื่องของพวกเขาคือสิ่งที่ทำให้เราต่างจากคู่แข่ง',
        value: 5,
        valueReason: 'ไม่มีเกษตรกร ไม่มีเรื่องเล่าและไม่มีกาแฟ',
        flow: { channel: 'line_oa', frequency: 'weekly', ownerUserId: p.arthit },
      },
      {
        id: did(123),
        name: 'สมาชิก Baan Doi Coffee Club',
        kind: 'customer',
        count: 85,
        context: 'ได้เมล็ดล็อตพิเศษทุกเดือนและคลาสชิมออนไลน์',
        relevance: 'ลูกค้าที่ซื้อซ้ำและบอกต่อมากที่สุด',
        value: 5,
        valueReason: 'รายได้ประจำที่คาดการณ์ได้',
        flow: { channel: 'line_oa', frequency: 'weekly', ownerUserId: p.nok },
      },
      {
        id: did(124),
        name: 'โฮสเทลและโฮมสเตย์พาร์ทเนอร์ย่านนิมมาน',
        kind: 'partner',
        count: 6,
        context: 'วางแผนที่ร้านกาแฟและคูปองชิมให้แขก',
        relevance: 'แขกต่างชาติถามหาร้านกาแฟกับเจ้าของที่พัก',
        value: 3,
        valueReason: 'ส่งนักท่องเที่ยวมาที่ร้านเมืองเก่า',
        flow: { channel: 'line_oa', frequency: 'monthly', ownerUserId: p.wangfang },
      },
      {
        id: did(125),
        name: 'พนักงานหน้าร้านนิมมานและเมืองเก่า',
        kind: 'employee',
        count: 8,
        context: 'ถ่ายรูปบรรยากาศร้านและส่งคำถามลูกค้าให้ทีมโซเชียล',
        relevance: 'เห็นลูกค้าทุกวันและรู้ว่าลูกค้าถามอะไร',
        value: 4,
        valueReason: 'คอนเทนต์จริงจากหน้าร้านและข้อมูลจากลูกค้า',
        flow: { channel: 'line_oa', frequency: 'weekly', ownerUserId: p.malee },
      },
    ],
  };
}
