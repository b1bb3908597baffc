import type { Severity } from '../../../shared/strategy/strategy-check.schemas.ts';
import type { FORMALITIES, EMOJI_USE } from '../../../shared/strategy/strategy-voice.schemas.ts';
import type { GoalPriority, ReasonScope, SocialReason } from '../../../shared/strategy/strategy-goals.schemas.ts';
import type { GovernanceKind } from '../../../shared/strategy/strategy-governance.schemas.ts';
import type { JourneyStage } from '../../../shared/strategy/strategy-audience.schemas.ts';
import type { MetricUnit } from '../../../shared/strategy/strategy-kpi-catalogue.data.ts';
import type { Labels } from '../../../shared/strategy/strategy-labels.messages.ts';
import type { ContactFrequency, RelationshipKind } from '../../../shared/strategy/strategy-relationships.schemas.ts';
import type { SwotKind } from '../../../shared/strategy/strategy-context.schemas.ts';
import type { RaciRole } from '../../../shared/strategy/strategy-team.schemas.ts';

const l = (en: string, th: string, zhHant: string, zhHans: string) => ({ en, th, 'zh-Hant': zhHant, 'zh-Hans': zhHans });

// The values of the document's closed lists, worded as the web app words them where it has them
// (journey stages, units, severities).

export const REASON_LABELS: Labels<SocialReason> = {
  marketing: l('Marketing', 'การตลาด', '行銷', '市场营销'),
  employee_engagement: l('Employee engagement', 'ความผูกพันของพนักงาน', '員工參與', '员工参与'),
  partner_collaboration: l('Collaboration with partners', 'การทำงานร่วมกับพันธมิตร', '與合作夥伴協作', '与合作伙伴协作'),
  supplier_collaboration: l('Collaboration with suppliers', 'การทำงานร่วมกับซัพพลายเออร์', '與供應商協作', '与供应商协作'),
  customer_collaboration: l('Collaboration with customers', 'การทำงานร่วมกับลูกค้า', '與顧客協作', '与客户协作'),
  reputation_monitoring: l('Reputation monitoring', 'การติดตามชื่อเสียงของแบรนด์', '聲譽監測', '声誉监测'),
};

export const SCOPE_LABELS: Labels<ReasonScope> = {
  internal: l('Internal', 'ภายในองค์กร', '內部', '内部'),
  external: l('External', 'ภายนอกองค์กร', '外部', '外部'),
  both: l('Internal and external', 'ทั้งภายในและภายนอก', '內部與外部', '内部与外部'),
};

export const PRIORITY_LABELS: Labels<GoalPriority> = {
  primary: l('Primary', 'หลัก', '主要', '主要'),
  secondary: l('Secondary', 'รอง', '次要', '次要'),
};

export const JOURNEY_LABELS: Labels<JourneyStage> = {
  awareness: l('Awareness', 'รู้จัก', '認知', '认知'),
  consideration: l('Consideration', 'พิจารณา', '考慮', '考虑'),
  decision: l('Decision', 'ตัดสินใจ', '決策', '决策'),
  retention: l('Retention', 'ใช้ต่อเนื่อง', '留存', '留存'),
  advocacy: l('Advocacy', 'บอกต่อ', '推薦', '推荐'),
};

export const UNIT_LABELS: Labels<MetricUnit> = {
  count: l('Count', 'จำนวน', '數量', '数量'),
  percent: l('Percent', 'เปอร์เซ็นต์', '百分比', '百分比'),
  currency: l('Money', 'จำนวนเงิน', '金額', '金额'),
  minutes: l('Minutes', 'นาที', '分鐘', '分钟'),
  hours: l('Hours', 'ชั่วโมง', '小時', '小时'),
  ratio: l('Ratio', 'อัตราส่วน', '比率', '比率'),
  score: l('Score', 'คะแนน', '分數', '分数'),
};

export const SWOT_LABELS: Labels<SwotKind> = {
  strength: l('Strength', 'จุดแข็ง', '優勢', '优势'),
  weakness: l('Weakness', 'จุดอ่อน', '劣勢', '劣势'),
  opportunity: l('Opportunity', 'โอกาส', '機會', '机会'),
  threat: l('Threat', 'อุปสรรค', '威脅', '威胁'),
};

export const GOVERNANCE_LABELS: Labels<GovernanceKind> = {
  policy: l('Social media policy', 'นโยบายโซเชียลมีเดีย', '社群媒體政策', '社交媒体政策'),
  guideline: l('Employee guideline', 'แนวปฏิบัติสำหรับพนักงาน', '員工指引', '员工指南'),
  approval_process: l('Approval process', 'ขั้นตอนการอนุมัติ', '審核流程', '审批流程'),
  crisis_escalation: l('Crisis escalation', 'การยกระดับเมื่อเกิดวิกฤต', '危機升級', '危机升级'),
  training: l('Training', 'การอบรม', '培訓', '培训'),
};

export const RELATIONSHIP_LABELS: Labels<RelationshipKind> = {
  customer: l('Customers', 'ลูกค้า', '顧客', '客户'),
  influencer: l('Influencers', 'อินฟลูเอนเซอร์', '網紅', '网红'),
  blogger: l('Bloggers', 'บล็อกเกอร์', '部落客', '博主'),
  partner: l('Partners', 'พันธมิตร', '合作夥伴', '合作伙伴'),
  supplier: l('Suppliers', 'ซัพพลายเออร์', '供應商', '供应商'),
  employee: l('Employees', 'พนักงาน', '員工', '员工'),
  community: l('Community', 'ชุมชน', '社群', '社区'),
  media: l('Media', 'สื่อมวลชน', '媒體', '媒体'),
};

export const FREQUENCY_LABELS: Labels<ContactFrequency> = {
  daily: l('Daily', 'ทุกวัน', '每天', '每天'),
  weekly: l('Weekly', 'ทุกสัปดาห์', '每週', '每周'),
  monthly: l('Monthly', 'ทุกเดือน', '每月', '每月'),
  quarterly: l('Quarterly', 'ทุกไตรมาส', '每季', '每季度'),
  yearly: l('Yearly', 'ทุกปี', '每年', '每年'),
  ad_hoc: l('When needed', 'ตามโอกาส', '視需要', '按需'),
};

export const FORMALITY_LABELS: Labels<(typeof FORMALITIES)[number]> = {
  formal: l('Formal', 'ทางการ', '正式', '正式'),
  neutral: l('Neutral', 'กลาง ๆ', '中性', '中性'),
  casual: l('Casual', 'เป็นกันเอง', '輕鬆', '轻松'),
};

export const EMOJI_LABELS: Labels<(typeof EMOJI_USE)[number]> = {
  none: l('None', 'ไม่ใช้', '不使用', '不使用'),
  sparing: l('Sparingly', 'ใช้เล็กน้อย', '少量使用', '少量使用'),
  liberal: l('Freely', 'ใช้ได้เต็มที่', '大量使用', '大量使用'),
};

export const RACI_ROLE_LABELS: Labels<RaciRole> = {
  responsible: l('Responsible (R)', 'ผู้ลงมือทำ (R)', '負責執行（R）', '负责执行（R）'),
  accountable: l('Accountable (A)', 'ผู้รับผิดชอบหลัก (A)', '最終當責（A）', '最终负责（A）'),
  consulted: l('Consulted (C)', 'ผู้ให้คำปรึกษา (C)', '諮詢對象（C）', '咨询对象（C）'),
  informed: l('Informed (I)', 'ผู้รับทราบ (I)', '知會對象（I）', '知会对象（I）'),
};

export const SEVERITY_LABELS: Labels<Severity> = {
  error: l('Must fix', 'ต้องแก้ไข', '必須修正', '必须修正'),
  warning: l('Should fix', 'ควรแก้ไข', '建議修正', '建议修正'),
  info: l('Tip', 'คำแนะนำ', '提示', '提示'),
};
