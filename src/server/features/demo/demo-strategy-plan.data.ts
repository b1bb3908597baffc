import type { Strategy } from '../../../shared/strategy/strategy.schemas.ts';
import { DEMO_IDS as ID, type DemoPeople, did } from './demo-strategy-ids.data.ts';

// Steps 4 to 7 of the demo strategy: who we talk to, how we measure, why us, and where.

export function demoAudience(): Strategy['audience'] {
  return {
    personas: [
      {
        id: ID.fon,
        name: 'คุณฝน — สาวออฟฟิศกรุงเทพฯ ที่ชงดริปเองที่บ้าน',
        demographics: { ageBand: '28-35', location: 'กรุงเทพฯ (ทำงานสีลม อยู่คอนโดแถวอารีย์)', languages: ['th', 'en'], occupation: 'นักการตลาดในเอเจนซี่', incomeBand: '45,000-70,000 บาท/เดือน' },
        psychographics: {
          values: ['คุณภาพ', 'ความยั่งยืน', 'สนับสนุนเกษตรกรไทย'],
          interests: ['กาแฟดริป', 'คาเฟ่ฮอปปิ้ง', 'โยคะ'],
          motivations: ['อยากได้กาแฟแก้วเช้าที่ดีเท่าร้าน', 'อยากรู้ว่าเมล็ดมาจากไหน ใครปลูก'],
          challenges: ['ไม่มีเวลาไปร้าน', 'ไม่แน่ใจว่าเมล็ดไหนเข้ากับดริปเปอร์ที่มี'],
        },
        onlineBehaviour: {
          channels: ['line_oa', 'instagram', 'tiktok'],
          activeHours: '07:00-08:30 และ 21:00-23:00',
          preferredFormats: ['Reels สั้น', 'LINE rich message พร้อมคูปอง', 'รีวิวจากคนจริง'],
          follows: ['เพจรีวิวคาเฟ่', 'บาริสต้าแชมป์ไทย'],
        },
        journeyStage: 'consideration',
        howToTalk: 'เป็นกันเองเหมือนเพื่อนที่รู้เรื่องกาแฟ ลงท้าย "ค่ะ" ประโยคสั้น บอกรสชาติให้เห็นภาพ ("หอมดอกไม้ เปรี้ยวแบบส้มเขียวหวาน") และให้สูตรชงที่ทำตามได้ใน 3 ขั้น',
      },
      {
        id: ID.mark,
        name: 'Mark — expat designer working from Nimman cafés',
        demographics: { ageBand: '30-40', location: 'Chiang Mai (Nimman)', languages: ['en'], occupation: 'Freelance UX designer, digital nomad', incomeBand: 'USD 3,000-5,000 / month' },
        psychographics: {
          values: ['craft', 'transparency', 'community'],
          interests: ['pour-over', 'co-working', 'hiking Doi Suthep'],
          motivations: ['a reliable café to work from', 'beans at home that taste like the café'],
          challenges: ['Thai-only menus and labels', 'cannot tell which local roasters are truly specialty'],
        },
        onlineBehaviour: {
          channels: ['instagram', 'facebook', 'line_oa'],
          activeHours: '10:00-12:00 and 18:00-20:00',
          preferredFormats: ['carousel posts', 'event posts', 'map reviews'],
          follows: ['Chiang Mai expat Facebook groups', 'specialty coffee YouTubers'],
        },
        journeyStage: 'retention',
        howToTalk: 'Friendly, plain English, no hard sell. Give practical details (Wi-Fi, opening hours, brew bar) and invite him to cupping evenings.',
      },
      {
        id: ID.xiaowen,
        name: '小雯 — 台灣精品咖啡愛好者，清邁自由行',
        demographics: { ageBand: '25-34', location: '台北 / 香港', languages: ['zh-Hant', 'en'], occupation: '設計公司行銷企劃', incomeBand: 'TWD 50,000-70,000 / 月' },
        psychographics: {
          values: ['獨特體驗', '在地故事', '美感'],
          interests: ['手沖咖啡', '咖啡廳探店', '旅行攝影'],
          motivations: ['找到在地人才知道的咖啡廳', '買獨特的泰國咖啡豆當伴手禮'],
          challenges: ['看不懂泰文', '不確定咖啡豆能否帶上飛機、可以保存多久'],
        },
        onlineBehaviour: {
          channels: ['xiaohongshu', 'instagram', 'threads'],
          activeHours: '20:00-24:00 (GMT+8)',
          preferredFormats: ['小紅書圖文筆記', 'IG Reels', '咖啡地圖'],
          follows: ['台灣咖啡 KOL', '清邁旅遊部落客'],
        },
        journeyStage: 'awareness',
        howToTalk: '用繁體中文，親切有禮，像在地朋友推薦。寫清楚店址、營業時間、豆子的保存和帶回台灣的方法，少用行銷口號。',
      },
    ],
  };
}

export function demoMetrics(p: DemoPeople): Strategy['metrics'] {
  return {
    fiscalYear: 2027,
    kpis: [
      { id: did(60), kpi: 'conversions', objectiveId: ID.ordersObjective, quarterlyTargets: [480, 540, 610, 700], dataSource: 'รายงาน UTM เว็บช็อป + คูปอง LINE OA + Shopee/Lazada Seller Centre', ownerUserId: p.somchai },
      { id: did(61), kpi: 'revenue', objectiveId: ID.revenueObjective, quarterlyTargets: [360_000, 410_000, 460_000, 520_000], dataSource: 'ระบบบัญชี (รายได้ต่อเดือนเฉลี่ยในไตรมาส)', ownerUserId: p.somchai },
      { id: did(62), kpi: 'conversions', objectiveId: ID.touristObjective, quarterlyTargets: [90, 120, 150, 180], dataSource: 'โค้ด XHS/IG ในระบบขายหน้าร้าน', ownerUserId: p.yiting },
      { id: did(63), kpi: 'retention', objectiveId: ID.repeatObjective, quarterlyTargets: [30, 33, 36, 40], dataSource: 'บัตรสะสมแต้ม LINE OA + ประวัติคำสั่งซื้อ', ownerUserId: p.nok },
      { id: did(64), kpi: 'response_time', objectiveId: ID.repeatObjective, quarterlyTargets: [120, 90, 60, 60], dataSource: 'LINE OA Manager และกล่องข้อความ Meta Business Suite', ownerUserId: p.nok },
      { id: did(65), kpi: 'leads', objectiveId: ID.clubObjective, quarterlyTargets: [120, 160, 200, 200], dataSource: 'ฟอร์มสมัครทดลอง Coffee Club', ownerUserId: p.ploy },
    ],
  };
}

export function demoOneThing(): Strategy['oneThing'] {
  const [fresh, origin, language, price, delivery] = [did(70), did(71), did(72), did(73), did(74)];
  const scores = (a: number, b: number, c: number, d: number, e: number) => ({ [fresh]: a, [origin]: b, [language]: c, [price]: d, [delivery]: e });
  return {
    differentiator: 'โรงคั่วเดียวในเชียงใหม่ที่บอกชื่อเกษตรกรและวันคั่วบนทุกถุง และส่งถึงมือภายใน 5 วันหลังคั่ว: ดื่มกาแฟไทยแล้วรู้ว่าใครปลูก',
    proofPoints: [
      'QR บนถุงพาไปดูคลิปเกษตรกรเจ้าของล็อต',
      'วันคั่วพิมพ์บนทุกถุง คั่วทุกวันอังคารและพฤหัส',
      'ล็อตหลักได้คะแนนชิม 84+ จาก Q Grader ภายนอก',
      'ชิมได้ก่อนซื้อที่ร้านนิมมานและเมืองเก่า',
    ],
    comparison: {
      attributes: [
        { id: fresh, name: 'ความสด (วันคั่วถึงมือลูกค้า)' },
        { id: origin, name: 'ที่มาของเมล็ดตรวจสอบได้' },
        { id: language, name: 'บริการภาษาอังกฤษ/จีน' },
        { id: price, name: 'ความคุ้มราคา (ถุง 250 กรัม)' },
        { id: delivery, name: 'ความเร็วจัดส่ง' },
      ],
      rows: [
        { subject: 'us', scores: scores(5, 5, 4, 3, 4) },
        { subject: ID.doiMok, scores: scores(3, 3, 2, 4, 3) },
        { subject: ID.lannaBeanLab, scores: scores(4, 2, 4, 3, 3) },
        { subject: ID.khaoKhiao, scores: scores(2, 2, 1, 5, 4) },
      ],
    },
  };
}

export function demoChannels(p: DemoPeople): Strategy['channels'] {
  return {
    channels: [
      {
        id: did(80),
        channel: 'line_oa',
        reason: 'ลูกค้าคนไทยสั่งซ้ำผ่านแชต LINE อยู่แล้ว (40% ของคำสั่งซื้อซ้ำ); LINE OA มีคูปอง บัตรสะสมแต้ม และข้อความเตือนเติมเมล็ด ซึ่งวัดการซื้อซ้ำได้ตรงที่สุด',
        personaIds: [ID.fon, ID.mark],
        pillars: ['Roast Day', 'สูตรชงของแต่ละล็อต', 'Coffee Club'],
        formats: ['Rich message + คูปอง', 'บรอดแคสต์แบ่งกลุ่ม', 'Rich menu'],
        postsPerWeek: 2,
        hoursPerPost: 1.5,
        // Chat replies take the rest of the hours; they are not posts.
        resources: { ownerUserId: p.nok, hoursPerWeek: 6, budgetPerMonth: 1_800 },
        kpis: [
          { id: did(81), kpi: 'retention', target: 40 },
          { id: did(82), kpi: 'conversions', target: 300 },
        ],
      },
      {
        id: did(83),
        channel: 'instagram',
        reason: 'ภาพเมล็ด ร้าน และเกษตรกรคือสิ่งที่ทำให้คนไทยรุ่นใหม่ expat และนักท่องเที่ยวตัดสินใจมาร้านหรือสั่งซื้อ; Reels พาเราไปถึงคนที่ยังไม่รู้จัก',
        personaIds: [ID.fon, ID.mark, ID.xiaowen],
        pillars: ['จากดอยถึงแก้ว', 'Roast Day', 'ร้านนิมมานและเมืองเก่า', 'รูปจากลูกค้า'],
        formats: ['Reels', 'Carousel', 'Stories + link sticker'],
        postsPerWeek: 5,
        hoursPerPost: 2,
        resources: { ownerUserId: p.ploy, hoursPerWeek: 10, budgetPerMonth: 15_000 },
        kpis: [
          { id: did(84), kpi: 'clicks', target: 1_500 },
          { id: did(85), kpi: 'engagement_rate', target: 4.5 },
          { id: did(86), kpi: 'conversions', target: 180 },
        ],
      },
      {
        id: did(87),
        channel: 'facebook',
        reason: 'Expat และลูกค้าวัยทำงานในเชียงใหม่ยังหาอีเวนต์และกลุ่มชุมชนบน Facebook; ใช้ประกาศคลาสชิมกาแฟและ Live ของ Coffee Club',
        personaIds: [ID.mark, ID.fon],
        pillars: ['Cupping evenings', 'Coffee Club live'],
        formats: ['Event', 'Facebook Live', 'โพสต์ในกลุ่มชุมชน'],
        postsPerWeek: 3,
        hoursPerPost: 1,
        resources: { ownerUserId: p.ploy, hoursPerWeek: 4, budgetPerMonth: 6_000 },
        kpis: [
          { id: did(88), kpi: 'leads', target: 60 },
          { id: did(89), kpi: 'engagement', target: 1_200 },
        ],
      },
      {
        id: did(90),
        channel: 'tiktok',
        reason: 'คนไทยอายุ 20-35 ค้น "กาแฟดริป" และ "ของฝากเชียงใหม่" บน TikTok มากกว่า Google; คลิปคั่วกาแฟจริงคือสิ่งที่คู่แข่งได้ยอดวิวสูง (ดูผลการฟังเสียงโซเชียล)',
        personaIds: [ID.fon],
        pillars: ['คั่วกาแฟใน 60 วินาที', 'ชงตามง่ายๆ', 'เบื้องหลังไร่'],
        formats: ['คลิปสั้น 15-45 วินาที', 'ลิงก์สินค้าในคลิป'],
        postsPerWeek: 3,
        hoursPerPost: 3,
        resources: { ownerUserId: p.arthit, hoursPerWeek: 9, budgetPerMonth: 8_000 },
        kpis: [
          { id: did(91), kpi: 'clicks', target: 800 },
          { id: did(92), kpi: 'conversions', target: 120 },
        ],
      },
      {
        id: did(93),
        channel: 'xiaohongshu',
        reason: '小紅書是台灣、香港旅客規劃清邁行程時搜尋咖啡廳的地方 — นักท่องเที่ยวค้นหาร้านกาแฟเชียงใหม่ที่นี่ก่อนเดินทาง และใช้โค้ดจากโพสต์ที่ร้าน',
        personaIds: [ID.xiaowen],
        pillars: ['清邁咖啡地圖', '農夫的故事', '伴手禮攻略'],
        formats: ['圖文筆記', '短影音'],
        postsPerWeek: 2,
        hoursPerPost: 2.5,
        resources: { ownerUserId: p.yiting, hoursPerWeek: 5, budgetPerMonth: 5_000 },
        kpis: [
          { id: did(94), kpi: 'conversions', target: 180 },
          { id: did(95), kpi: 'engagement_rate', target: 5 },
        ],
      },
    ],
  };
}
