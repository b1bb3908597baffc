import { type GovernanceSpec, l, type Ref, type TemplateSpec, type Text } from './template-spec.domain.ts';

// What every template shares: how a competitor the team must name reads, and the governance every small
// team needs whatever it sells (a one-page policy under the local privacy law, basic training
// and three crisis levels).

type Competitor = TemplateSpec['listening']['competitors'][number];

/** A competitor the team must name; `who` says which one to pick. */
export function competitorToName(ref: Ref, who: Text): Competitor {
  return {
    ref,
    name: who,
    handles: [l('Replace with their account name, e.g. @theirname', 'แทนที่ด้วยชื่อบัญชีของเขา เช่น @ชื่อบัญชี', '請改成對方的帳號，例如 @theirname', '请替换为对方的账号，例如 @theirname')],
    terms: [l('Replace with the words people use for them', 'แทนที่ด้วยคำที่คนใช้เรียกเขา', '請改成大家稱呼對方的說法', '请替换为大家对他们的叫法')],
  };
}

const policy: GovernanceSpec['items'][number] = {
  kind: 'policy',
  title: l('Social media policy', 'นโยบายโซเชียลมีเดีย', '社群媒體政策', '社交媒体管理制度'),
  body: l(
    'One page everyone reads: who may post and reply in our name, what is never posted (personal data, prices not yet approved, details of a complaint), and that photos of customers or staff need their permission first, as privacy law (GDPR or its local equivalent) requires.',
    'หนึ่งหน้าที่ทุกคนต้องอ่าน: ใครโพสต์และตอบแชตในนามเราได้บ้าง สิ่งที่ห้ามโพสต์เด็ดขาด (ข้อมูลส่วนบุคคล ราคาที่ยังไม่อนุมัติ รายละเอียดเรื่องร้องเรียน) และการลงรูปลูกค้าหรือพนักงานต้องขออนุญาตก่อนตาม พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล (PDPA)',
    '一頁就好、每個人都要讀：誰可以用我們的名義發文和回覆、哪些內容絕對不能發（個人資料、尚未核准的價格、客訴細節），以及拍攝顧客或員工的照片前必須先取得同意，符合《個人資料保護法》。',
    '一页就够、每个人都要读：谁可以用我们的名义发帖和回复、哪些内容绝对不能发（个人信息、尚未批准的价格、投诉细节），以及拍摄客户或员工的照片前必须先征得同意，符合《个人信息保护法》。',
  ),
  reviewInMonths: 12,
};

const escalation: GovernanceSpec['items'][number] = {
  kind: 'crisis_escalation',
  title: l('Complaints and negative posts', 'รับมือคำร้องเรียนและโพสต์เชิงลบ', '客訴與負面貼文處理', '投诉与负面内容处理'),
  body: l(
    'Whoever sees it first tells the person on duty within 30 minutes. Rate it with the crisis levels below, answer in public once with the facts, then continue in private messages. Polite criticism is never deleted.',
    'ใครเห็นก่อนแจ้งคนที่เข้าเวรภายใน 30 นาที ประเมินระดับตามตารางระดับวิกฤตด้านล่าง ตอบในที่สาธารณะหนึ่งครั้งด้วยข้อเท็จจริง แล้วคุยต่อทางแชตส่วนตัว ไม่ลบคอมเมนต์ติชมที่สุภาพ',
    '第一個看到的人在 30 分鐘內通知當班同仁。依下方危機等級判斷嚴重程度，先在公開處以事實回覆一次，再轉私訊處理。有禮貌的批評絕不刪除。',
    '第一个看到的人在 30 分钟内通知值班同事。按下方危机等级判断严重程度，先在公开处用事实回复一次，再转私信处理。有礼貌的批评绝不删除。',
  ),
  reviewInMonths: 6,
};

const training: GovernanceSpec['items'][number] = {
  kind: 'training',
  title: l('Social media basics for the whole team', 'อบรมโซเชียลมีเดียพื้นฐานให้ทั้งทีม', '全員社群基礎訓練', '全员社交媒体基础培训'),
  body: l(
    'Twice a year, one hour: the policy, how to answer a complaint, what to do when something goes wrong and how to spot a scam message. New people take it in their first week.',
    'ปีละสองครั้ง ครั้งละหนึ่งชั่วโมง: ทบทวนนโยบาย วิธีตอบคำร้องเรียน สิ่งที่ต้องทำเมื่อเกิดเรื่อง และวิธีสังเกตข้อความหลอกลวง คนใหม่ได้อบรมภายในสัปดาห์แรก',
    '每半年一次、每次一小時：複習政策、如何回覆客訴、出狀況時該怎麼做、如何辨識詐騙訊息。新進同仁第一週內完成。',
    '每半年一次，每次一小时：复习制度、如何回复投诉、出问题时该怎么做、如何识别诈骗信息。新员工入职第一周内完成。',
  ),
  reviewInMonths: 6,
};

const CRISIS_LEVELS: GovernanceSpec['crisis'] = [
  {
    level: 1,
    description: l(
      'Safety or legal matter (someone hurt, a data leak, a recall), or a story picked up by the media or a large account.',
      'เรื่องความปลอดภัยหรือกฎหมาย (มีคนบาดเจ็บ ข้อมูลรั่วไหล ต้องเรียกคืนสินค้า) หรือเรื่องที่สื่อหรือเพจใหญ่หยิบไปเล่น',
      '安全或法律問題（有人受傷、個資外洩、產品回收），或被媒體、大型帳號報導轉傳。',
      '安全或法律问题（有人受伤、个人信息泄露、产品召回），或被媒体、大V转发报道。',
    ),
    whoIsCalled: [
      l('The owner or director', 'เจ้าของหรือผู้บริหาร', '負責人或主管', '负责人或主管'),
      l('Whoever runs social media', 'ผู้ดูแลโซเชียลมีเดีย', '社群小編', '新媒体运营'),
      l('Legal adviser', 'ที่ปรึกษากฎหมาย', '法律顧問', '法律顾问'),
    ],
    responseTimeMinutes: 30,
  },
  {
    level: 2,
    description: l(
      'A complaint shared widely (more than 50 shares) or several one-star reviews in one day.',
      'คำร้องเรียนที่ถูกแชร์ต่อเกิน 50 ครั้ง หรือรีวิว 1 ดาวหลายรายการในวันเดียว',
      '客訴被大量分享（超過 50 次），或一天內出現多則一星評論。',
      '投诉被大量转发（超过 50 次），或一天内出现多条一星差评。',
    ),
    whoIsCalled: [
      l('Whoever runs social media', 'ผู้ดูแลโซเชียลมีเดีย', '社群小編', '新媒体运营'),
      l('The manager on duty', 'ผู้จัดการที่เข้าเวร', '當班主管', '值班主管'),
    ],
    responseTimeMinutes: 120,
  },
  {
    level: 3,
    description: l(
      'A single unhappy comment, or a question that has waited too long for an answer.',
      'คอมเมนต์ไม่พอใจรายคน หรือคำถามที่รอคำตอบนานเกินไป',
      '個別不滿的留言，或等太久沒人回覆的問題。',
      '个别不满的评论，或等了太久没人回复的问题。',
    ),
    whoIsCalled: [l('Whoever runs social media', 'ผู้ดูแลโซเชียลมีเดีย', '社群小編', '新媒体运营')],
    responseTimeMinutes: 240,
  },
];

/** The five kinds of governance item with the shared ones around a template's own guideline and approval. */
export function governanceWith(guideline: GovernanceSpec['items'][number], approval: GovernanceSpec['items'][number]): GovernanceSpec {
  return { items: [policy, guideline, approval, escalation, training], crisis: CRISIS_LEVELS };
}
