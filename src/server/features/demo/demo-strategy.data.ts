import { STRATEGY_SCHEMA_VERSION, type Strategy } from '../../../shared/strategy/strategy.schemas.ts';
import type { RaciAssignment } from '../../../shared/strategy/strategy-team.schemas.ts';
import { DEMO_IDS, type DemoPeople, did } from './demo-strategy-ids.data.ts';
import { demoAudience, demoChannels, demoMetrics, demoOneThing } from './demo-strategy-plan.data.ts';
import { demoGovernance, demoRelationships, demoVoice } from './demo-strategy-support.data.ts';

const ID = DEMO_IDS;

function team(p: DemoPeople): Strategy['team'] {
  const raci = (responsible: string[], accountable: string, consulted: string[], informed: string[]): RaciAssignment => ({
    responsible,
    accountable: [accountable],
    consulted,
    informed,
  });
  return {
    raci: {
      goals: raci([p.ploy, p.somchai], p.malee, [p.arthit, p.nok], [p.owner, p.yiting, p.wangfang]),
      context: raci([p.ploy], p.malee, [p.somchai, p.arthit], [p.nok]),
      listening: raci([p.nok], p.ploy, [p.yiting], [p.somchai]),
      audience: raci([p.yiting, p.ploy], p.ploy, [p.nok, p.somchai], [p.malee]),
      metrics: raci([p.somchai], p.ploy, [p.malee], [p.yiting, p.owner]),
      oneThing: raci([p.arthit], p.malee, [p.ploy, p.yiting], [p.somchai]),
      channels: raci([p.yiting, p.ploy], p.ploy, [p.wangfang, p.nok], [p.malee]),
      voice: raci([p.yiting], p.ploy, [p.nok], [p.somchai]),
      governance: raci([p.nok], p.malee, [p.ploy], [p.owner]),
      relationships: raci([p.wangfang], p.somchai, [p.ploy, p.arthit], [p.malee]),
    },
  };
}

function goals(p: DemoPeople): Strategy['goals'] {
  return {
    reasons: [
      { id: did(3), reason: 'marketing', scope: 'external', description: 'ลูกค้าค้นหาร้านกาแฟและสั่งเมล็ดผ่าน Instagram, TikTok และ LINE มากกว่าค้นหาทางเว็บ' },
      { id: did(4), reason: 'customer_collaboration', scope: 'external', description: 'ลูกค้าประจำอยากคุยกับโรงคั่วโดยตรง: ถามวิธีชง ขอคำแนะนำล็อตใหม่ และรีวิวผ่าน LINE OA' },
      { id: did(5), reason: 'reputation_monitoring', scope: 'both', description: 'รู้ให้เร็วเมื่อมีคนบ่นเรื่องความสดหรือการจัดส่ง ก่อนเรื่องจะลามไปในกลุ่ม Facebook หรือ Pantip' },
      { id: did(6), reason: 'supplier_collaboration', scope: 'external', description: 'เล่าเรื่องเกษตรกรดอยช้างและดอยสะเก็ดร่วมกับพวกเขา ให้ลูกค้าเห็นที่มาของทุกล็อต' },
    ],
    goals: [
      { id: ID.salesGoal, type: 'acquisition_sales', priority: 'primary', description: 'เพิ่มยอดขายออนไลน์ (เว็บช็อป, LINE OA, Shopee/Lazada) และยอดขายหน้าร้านจากนักท่องเที่ยว โดยมีโซเชียลมีเดียเป็นทางหลักที่พาลูกค้ามาซื้อ' },
      { id: ID.loyaltyGoal, type: 'loyalty_retention', priority: 'secondary', description: 'ให้ลูกค้าที่ซื้อครั้งแรกกลับมาซื้อซ้ำ และสมัคร Baan Doi Coffee Club (เมล็ดคั่วสดส่งถึงบ้านทุกเดือน)' },
    ],
    statement:
      'ภายในสิ้นปี 2027 บ้านดอยจะใช้ LINE OA, Instagram, TikTok, Facebook และ Xiaohongshu เพิ่มคำสั่งซื้อออนไลน์จาก 420 เป็น 700 ต่อเดือน ' +
      'และเพิ่มอัตราซื้อซ้ำจาก 28% เป็น 40% ด้วยการเล่าเรื่องเกษตรกรและความสดของกาแฟที่คั่วทุกสัปดาห์ในเชียงใหม่',
    objectives: [
      { id: ID.ordersObjective, goalId: ID.salesGoal, title: 'เพิ่มคำสั่งซื้อออนไลน์ที่มาจากโซเชียล', metric: 'คำสั่งซื้อต่อเดือนที่มาจากลิงก์หรือคูปองโซเชียล (เว็บช็อป + LINE OA + Shopee/Lazada)', baseline: 420, target: 700, unit: 'count', deadline: '2027-12-31', ownerUserId: p.somchai, description: 'นับจาก UTM ของเว็บช็อปและโค้ดคูปองที่แจกในแต่ละช่องทาง' },
      { id: ID.revenueObjective, goalId: ID.salesGoal, title: 'เพิ่มรายได้ออนไลน์ต่อเดือนจากโซเชียล', metric: 'รายได้ต่อเดือน (บาท) จากคำสั่งซื้อที่ติด UTM หรือคูปอง', baseline: 310_000, target: 520_000, unit: 'currency', deadline: '2027-12-31', ownerUserId: p.somchai, description: 'ไม่รวมขายส่งให้คาเฟ่และโรงแรม' },
      { id: ID.touristObjective, goalId: ID.salesGoal, title: 'Tourists who come to the shops from Xiaohongshu and Instagram', metric: 'ครั้งที่ใช้โค้ด "XHS/IG" ที่ร้านนิมมานและเมืองเก่าต่อเดือน', baseline: 60, target: 180, unit: 'count', deadline: '2027-12-31', ownerUserId: p.yiting, description: '旅客出示小紅書或 IG 貼文即可獲得一杯試飲；店員在收銀系統記錄代碼。' },
      { id: ID.repeatObjective, goalId: ID.loyaltyGoal, title: 'เพิ่มอัตราการซื้อซ้ำภายใน 90 วัน', metric: 'สัดส่วนลูกค้าออนไลน์ที่ซื้อครั้งที่สองภายใน 90 วัน', baseline: 28, target: 40, unit: 'percent', deadline: '2027-12-31', ownerUserId: p.nok, description: 'วัดจากบัตรสะสมแต้ม LINE OA และประวัติคำสั่งซื้อเว็บช็อป' },
      { id: ID.clubObjective, goalId: ID.loyaltyGoal, title: 'ขยายสมาชิก Baan Doi Coffee Club', metric: 'สมาชิกแบบรายเดือนที่ยังใช้งานอยู่', baseline: 85, target: 250, unit: 'count', deadline: '2027-09-30', ownerUserId: p.ploy, description: 'สมาชิกได้เมล็ดล็อตพิเศษก่อนใคร และคลาสชิมกาแฟออนไลน์เดือนละครั้ง' },
    ],
    tactics: [
      { id: did(20), title: 'Roast Day ทุกวันพฤหัส', description: 'บรอดแคสต์ LINE OA และ IG Stories ประกาศล็อตที่คั่ววันนี้ พร้อมคูปองส่งฟรี 48 ชั่วโมง', objectiveId: ID.ordersObjective, channels: ['line_oa', 'instagram'] },
      { id: did(21), title: 'คลิปสั้น "จากดอยถึงแก้ว"', description: 'Reels/TikTok เดือนละ 4 ตอน พาไปไร่ของเกษตรกรเจ้าของล็อต ลิงก์ไปหน้าสินค้าล็อตนั้น', objectiveId: ID.revenueObjective, channels: ['tiktok', 'instagram'] },
      { id: did(22), title: '清邁咖啡地圖 Chiang Mai coffee map', description: 'โน้ต Xiaohongshu และโพสต์ IG แผนที่ร้านกาแฟเชียงใหม่ที่มีสองร้านของเรา พร้อมโค้ดชิมฟรีที่ร้าน', objectiveId: ID.touristObjective, channels: ['xiaohongshu', 'instagram'] },
      { id: did(23), title: 'เตือนเติมเมล็ดผ่าน LINE', description: 'ข้อความอัตโนมัติ 21 วันหลังซื้อ พร้อมสูตรชงของล็อตนั้นและคูปองซื้อซ้ำ', objectiveId: ID.repeatObjective, channels: ['line_oa'] },
      { id: did(24), title: 'Coffee Club live cupping', description: 'Facebook Live ชิมกาแฟกับคุณอาทิตย์เดือนละครั้ง สมาชิกได้ชุดชิมส่งถึงบ้านก่อน', objectiveId: ID.clubObjective, channels: ['facebook', 'line_oa'] },
    ],
  };
}

function context(): Strategy['context'] {
  const swot = (n: number, kind: 'strength' | 'weakness' | 'opportunity' | 'threat', text: string) => ({ id: did(n), kind, text });
  return {
    customers: {
      segments: [
        { id: did(30), name: 'Home brewers ในกรุงเทพฯ และหัวเมือง', description: 'ซื้อเมล็ด 250 กรัม เดือนละ 1-2 ถุง สั่งผ่านเว็บช็อป, LINE OA และ Shopee' },
        { id: did(31), name: 'Expats & digital nomads in Chiang Mai', description: 'Work from cafés in Nimman, buy beans to brew at home, speak English' },
        { id: did(32), name: '台港精品咖啡旅客 Taiwanese & Hong Kong coffee travellers', description: 'มาเชียงใหม่ 3-5 วัน ตามรีวิวใน Xiaohongshu/IG และซื้อเมล็ดกลับไปเป็นของฝาก' },
        { id: did(33), name: 'คาเฟ่และโฮมสเตย์ (B2B)', description: 'ร้านกาแฟเล็กๆ และโฮมสเตย์ในภาคเหนือที่สั่งเมล็ดทุกเดือน' },
      ],
    },
    analysis: {
      marketSummary:
        'ตลาดกาแฟพิเศษในไทยโตต่อเนื่อง คนไทยรุ่นใหม่ชงกาแฟเองที่บ้านมากขึ้น ขณะที่เชียงใหม่กลับมาเป็นจุดหมายของนักท่องเที่ยวไต้หวันและฮ่องกงที่ตามรีวิวร้านกาแฟในโซเชียล ' +
        'การแข่งขันสูงทั้งจากโรงคั่วท้องถิ่นและเมล็ดราคาถูกใน Shopee/Lazada ลูกค้าเลือกจากความสด ที่มาของเมล็ด และรีวิวจากคนจริง',
      findings: [
        swot(34, 'strength', 'ซื้อตรงจากเกษตรกร 14 ครอบครัวในดอยช้างและดอยสะเก็ด มีรูปและเรื่องราวของทุกล็อต'),
        swot(35, 'strength', 'คั่วทุกวันอังคารและพฤหัส ส่งถึงลูกค้าภายใน 5 วันหลังคั่ว'),
        swot(36, 'weakness', 'ทีมเล็ก มีคนเขียนภาษาจีนได้เพียงคนเดียว'),
        swot(37, 'weakness', 'ยังไม่รู้ว่าคำสั่งซื้อมาจากโพสต์ไหน ก่อนเริ่มใช้ UTM และคูปองแยกช่องทาง'),
        swot(38, 'opportunity', 'เที่ยวบินตรงไทเปและฮ่องกง–เชียงใหม่เพิ่มขึ้น และ小紅書คือที่ที่นักท่องเที่ยวค้นหาร้านกาแฟ'),
        swot(39, 'opportunity', 'LINE OA มีคูปองและบัตรสะสมแต้ม ทำให้วัดการซื้อซ้ำได้'),
        swot(43, 'threat', 'ราคาเมล็ดกาแฟดิบสูงขึ้นเพราะสภาพอากาศแปรปรวน'),
        swot(44, 'threat', 'เมล็ดนำเข้าราคาถูกและโปรลดแรงช่วง 11.11 และ 12.12 บน marketplace'),
      ],
    },
    valueProposition: 'กาแฟไทยซิงเกิลออริจินที่คั่วสดทุกสัปดาห์ในเชียงใหม่ รู้ชื่อเกษตรกรทุกถุง ส่งถึงบ้านภายในสองวัน หรือแวะมาชิมที่ร้านนิมมานและเมืองเก่า',
    planning: {
      budget: { amount: 720_000, currency: 'THB' },
      risks: [
        { id: did(45), description: 'ผลผลิตน้อยเพราะฝนมาช้า ล็อตยอดนิยมหมดเร็ว', likelihood: 3, impact: 4, mitigation: 'ทำสัญญาล่วงหน้ากับสองกลุ่มเกษตรกร และสื่อสารว่าเป็นล็อตจำกัดแทนการลดราคา' },
        { id: did(46), description: 'รีวิวลบเรื่องการจัดส่งช่วงเทศกาล', likelihood: 3, impact: 3, mitigation: 'ตอบภายใน 2 ชั่วโมง ส่งคูปองชดเชย และปิดรับออร์เดอร์ส่งด่วนก่อนวันหยุดยาว' },
        { id: did(47), description: 'คนทำคอนเทนต์ภาษาจีนลาออก', likelihood: 2, impact: 4, mitigation: 'เก็บคู่มือเสียงแบรนด์และเทมเพลต XHS ไว้ในไดรฟ์ทีม และมีฟรีแลนซ์สำรองหนึ่งคน' },
        { id: did(48), description: 'กระแสลบเรื่องความปลอดภัยอาหารบนโซเชียล', likelihood: 1, impact: 5, mitigation: 'ใช้แผนรับมือวิกฤตระดับ 1 และเก็บผลตรวจคุณภาพทุกล็อต' },
      ],
      strategicOptions: [
        { id: did(49), title: 'ร้านทางการบน Shopee Mall', description: 'ต้องใช้งบโฆษณาสูง เลื่อนไปคิดอีกครั้งในไตรมาส 3' },
        { id: did(53), title: 'Subscription ก่อนโฆษณา', description: 'ลงทุนใน Coffee Club ก่อน เพราะลูกค้าเดิมที่ซื้อซ้ำคุ้มกว่าหาลูกค้าใหม่' },
      ],
    },
    resources: {
      skills: ['ถ่ายภาพสินค้า', 'ตัดต่อวิดีโอสั้น', '繁體/简体中文文案', 'การชิมกาแฟ (cupping)', 'LINE OA broadcast และ rich menu'],
      headcount: 5,
      hoursPerWeek: 45,
      money: { amount: 120_000, currency: 'THB' },
      suppliers: ['เกษตรกร 14 ครอบครัวในดอยช้างและดอยสะเก็ด', 'โรงพิมพ์ถุงกาแฟในลำพูน', 'บริษัทขนส่งพัสดุสองราย'],
      partners: ['โฮสเทลและโฮมสเตย์ย่านนิมมาน 6 แห่ง', 'ชมรมกาแฟพิเศษภาคเหนือ', '台北咖啡選物店（寄賣合作）'],
    },
  };
}

function listening(): Strategy['listening'] {
  return {
    brandTerms: ['Baan Doi', 'บ้านดอย', 'บ้านดอยคอฟฟี่', 'Baan Doi Coffee', '班多咖啡', '@baandoicoffee'],
    competitors: [
      { id: ID.doiMok, name: 'ดอยหมอก โรสเตอรี่ (Doi Mok Roastery)', handles: ['@doimok.roastery', 'LINE: @doimok'], terms: ['ดอยหมอก', 'doi mok coffee'] },
      { id: ID.lannaBeanLab, name: 'Lanna Bean Lab', handles: ['@lannabeanlab', 'TikTok: @lannabeanlab'], terms: ['lanna bean', 'ลานนาบีนแล็บ'] },
      { id: ID.khaoKhiao, name: 'กาแฟเขาเขียว (Khao Khiao Coffee)', handles: ['@khaokhiao.coffee', 'Shopee: khaokhiaocoffee'], terms: ['เขาเขียว กาแฟ', 'khao khiao beans'] },
    ],
    categoryTerms: ['กาแฟดริป', 'เมล็ดกาแฟคั่วอ่อน', 'specialty coffee Chiang Mai', '清邁咖啡', '清迈咖啡豆'],
    topicTerms: ['คาเฟ่นิมมาน', 'ของฝากเชียงใหม่', 'slow bar', '手沖咖啡'],
    questions: [
      'ลูกค้าบ่นเรื่องอะไรบ้างเมื่อสั่งเมล็ดกาแฟออนไลน์?',
      'นักท่องเที่ยวไต้หวันและฮ่องกงพูดถึงร้านกาแฟเชียงใหม่ร้านไหน เพราะอะไร?',
      'คู่แข่งจัดโปรอะไรช่วง 11.11 และ 12.12?',
      'Which brew methods do expats ask about most?',
    ],
    findings: [
      { id: did(54), text: 'รีวิวใน Xiaohongshu ชมบรรยากาศร้านเมืองเก่า แต่บ่นว่าหาร้านยาก → ใส่หมุดแผนที่และรูปหน้าร้านในทุกโพสต์', createdAt: '2026-10-14T10:30:00+07:00' },
      { id: did(55), text: 'คลิป "คั่วกาแฟใน 60 วินาที" ของ Lanna Bean Lab ได้ยอดวิวสูงบน TikTok: คนอยากเห็นการคั่วจริง', createdAt: '2026-11-02T16:00:00+07:00' },
    ],
  };
}

/** The complete demo strategy; the method check finds nothing to fix in it (see its test). */
export function demoStrategy(people: DemoPeople): Strategy {
  return {
    schemaVersion: STRATEGY_SCHEMA_VERSION,
    team: team(people),
    goals: goals(people),
    context: context(),
    listening: listening(),
    audience: demoAudience(),
    metrics: demoMetrics(people),
    oneThing: demoOneThing(),
    channels: demoChannels(people),
    voice: demoVoice(),
    governance: demoGovernance(people),
    relationships: demoRelationships(people),
  };
}

/**
 * The draft as it stood when the team published version 1, a few weeks before the demo's "now":
 * the review then raised the order target, added Xiaohongshu for the tourists and promised
 * faster replies, so the version history has a real diff to show.
 */
export function demoFirstDraft(people: DemoPeople): Strategy {
  const s = demoStrategy(people);
  s.goals.objectives = s.goals.objectives.map((o) => (o.id === ID.ordersObjective ? { ...o, target: 650 } : o));
  s.channels.channels = s.channels.channels.filter((c) => c.channel !== 'xiaohongshu');
  s.voice.responseTimePromiseHours = 4;
  return s;
}
