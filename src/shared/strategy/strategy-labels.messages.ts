import type { Locale } from '../locales.ts';
import type { BusinessFunction } from '../roles.ts';
import type { ChannelKey } from './strategy-channels.schemas.ts';
import type { GoalType } from './strategy-goals.schemas.ts';
import type { KpiKey } from './strategy-kpi-catalogue.data.ts';
import type { ReferenceTarget } from './strategy-references.domain.ts';
import type { RaciSectionKey } from './strategy-team.schemas.ts';

export type Labels<K extends string> = Readonly<Record<K, Readonly<Record<Locale, string>>>>;

const l = (en: string, th: string, zhHant: string, zhHans: string) => ({ en, th, 'zh-Hant': zhHant, 'zh-Hans': zhHans });
// Brand names are not translated.
const brand = (name: string) => l(name, name, name, name);

export const CHANNEL_LABELS: Labels<ChannelKey> = {
  facebook: brand('Facebook'),
  instagram: brand('Instagram'),
  x: brand('X'),
  linkedin: brand('LinkedIn'),
  tiktok: brand('TikTok'),
  youtube: brand('YouTube'),
  line_oa: l('LINE Official Account', 'LINE OA', 'LINE 官方帳號', 'LINE 官方账号'),
  threads: brand('Threads'),
  bluesky: brand('Bluesky'),
  mastodon: brand('Mastodon'),
  pinterest: brand('Pinterest'),
  wechat: l('WeChat', 'WeChat', '微信', '微信'),
  weibo: l('Weibo', 'Weibo', '微博', '微博'),
  xiaohongshu: l('Xiaohongshu (RED)', 'Xiaohongshu (RED)', '小紅書', '小红书'),
  dcard: brand('Dcard'),
  ptt: brand('PTT'),
  blog: l('Blog', 'บล็อก', '部落格', '博客'),
  newsletter: l('Newsletter', 'จดหมายข่าว', '電子報', '邮件简报'),
  other: l('Other channel', 'ช่องทางอื่น', '其他管道', '其他渠道'),
};

export const GOAL_TYPE_LABELS: Labels<GoalType> = {
  awareness: l('Awareness', 'การรับรู้แบรนด์', '品牌知名度', '品牌知名度'),
  acquisition_sales: l('Acquisition & sales', 'หาลูกค้าใหม่และเพิ่มยอดขาย', '獲客與銷售', '获客与销售'),
  loyalty_retention: l('Loyalty & retention', 'ความภักดีและการรักษาลูกค้า', '顧客忠誠與留存', '客户忠诚与留存'),
  reputation: l('Reputation', 'ชื่อเสียงองค์กร', '品牌聲譽', '品牌声誉'),
  employee_engagement_recruiting: l('Employee engagement & recruiting', 'ความผูกพันของพนักงานและการสรรหาคน', '員工凝聚力與招募', '员工敬业度与招聘'),
  partner_supplier_collaboration: l('Partner & supplier collaboration', 'การทำงานร่วมกับพันธมิตรและซัพพลายเออร์', '與合作夥伴及供應商協作', '与合作伙伴及供应商协作'),
  innovation_feedback: l('Innovation & feedback', 'นวัตกรรมและความคิดเห็นจากลูกค้า', '創新與意見回饋', '创新与用户反馈'),
  knowledge_sharing: l('Knowledge sharing', 'การแบ่งปันความรู้', '知識分享', '知识分享'),
  crowdsourced_investment: l('Crowdsourced investment', 'การระดมทุนจากมวลชน', '群眾募資', '众筹'),
  cost_reduction: l('Cost reduction', 'การลดต้นทุน', '降低成本', '降低成本'),
};

export const KPI_LABELS: Labels<KpiKey> = {
  reach: l('Reach', 'การเข้าถึง (Reach)', '觸及人數', '覆盖人数'),
  impressions: l('Impressions', 'จำนวนการแสดงผล', '曝光次數', '曝光量'),
  engagement: l('Engagement', 'การมีส่วนร่วม', '互動數', '互动量'),
  engagement_rate: l('Engagement rate', 'อัตราการมีส่วนร่วม', '互動率', '互动率'),
  follower_growth: l('Follower growth', 'การเติบโตของผู้ติดตาม', '粉絲成長率', '粉丝增长率'),
  clicks: l('Clicks', 'จำนวนคลิก', '點擊數', '点击量'),
  ctr: l('Click-through rate', 'อัตราการคลิก (CTR)', '點閱率', '点击率'),
  share_of_voice: l('Share of voice', 'ส่วนแบ่งการถูกพูดถึง (Share of voice)', '聲量佔比', '声量份额'),
  sentiment: l('Sentiment', 'ทัศนคติต่อแบรนด์ (Sentiment)', '好感度', '情感倾向'),
  response_time: l('Response time', 'เวลาในการตอบกลับ', '回覆時間', '响应时间'),
  leads: l('Leads', 'จำนวนลีด', '潛在客戶名單數', '销售线索数'),
  conversions: l('Conversions', 'จำนวนคอนเวอร์ชัน', '轉換數', '转化量'),
  revenue: l('Revenue', 'รายได้', '營收', '营收'),
  roi: l('Return on investment', 'ผลตอบแทนจากการลงทุน (ROI)', '投資報酬率', '投资回报率'),
  cost_per_acquisition: l('Cost per acquisition', 'ต้นทุนต่อลูกค้าใหม่หนึ่งราย (CPA)', '單一獲客成本', '获客成本'),
  retention: l('Retention', 'อัตราการรักษาลูกค้า', '留存率', '留存率'),
  applicant_quality: l('Applicant quality', 'คุณภาพผู้สมัครงาน', '應徵者素質', '求职者质量'),
};

// Same wording as the web translations (src/web/i18n/locales/*.json "functions").
export const BUSINESS_FUNCTION_LABELS: Labels<BusinessFunction> = {
  marketing: l('Marketing', 'การตลาด', '行銷', '市场营销'),
  sales: l('Sales', 'ฝ่ายขาย', '業務', '销售'),
  customer_service: l('Customer service', 'บริการลูกค้า', '客服', '客户服务'),
  content: l('Content', 'คอนเทนต์', '內容', '内容'),
  hr: l('Human resources', 'ทรัพยากรบุคคล', '人力資源', '人力资源'),
  product: l('Product', 'ผลิตภัณฑ์', '產品', '产品'),
  leadership: l('Leadership', 'ผู้บริหาร', '經營管理層', '管理层'),
  legal_compliance: l('Legal & compliance', 'กฎหมายและการกำกับดูแล', '法務與法遵', '法务与合规'),
  partnerships: l('Partnerships', 'พันธมิตรทางธุรกิจ', '合作夥伴關係', '合作伙伴'),
  other: l('Other', 'อื่น ๆ', '其他', '其他'),
};

export const SECTION_LABELS: Labels<RaciSectionKey> = {
  goals: l('Why social & goals', 'เหตุผลและเป้าหมาย', '經營社群的理由與目標', '做社交媒体的理由与目标'),
  context: l('Business context', 'บริบททางธุรกิจ', '商業背景', '商业背景'),
  listening: l('Listening plan', 'แผนการรับฟังโซเชียล', '社群聆聽計畫', '社交聆听计划'),
  audience: l('Audience', 'กลุ่มเป้าหมาย', '目標受眾', '目标受众'),
  metrics: l('Metrics', 'ตัวชี้วัด', '成效指標', '衡量指标'),
  oneThing: l('The one thing', 'จุดต่างหนึ่งเดียว', '獨特價值', '独特价值'),
  channels: l('Channel plan', 'แผนช่องทาง', '頻道計畫', '渠道计划'),
  voice: l('Be human', 'สื่อสารอย่างเป็นมนุษย์', '展現人味', '展现人情味'),
  governance: l('Governance', 'การกำกับดูแล', '治理規範', '治理规范'),
  relationships: l('Relationships', 'ความสัมพันธ์', '關係經營', '关系维护'),
};

export const REFERENCE_TARGET_LABELS: Labels<ReferenceTarget> = {
  persona: l('persona', 'เพอร์โซนา', '人物誌', '用户画像'),
  objective: l('objective', 'วัตถุประสงค์', '具體目標', '具体目标'),
  competitor: l('competitor', 'คู่แข่ง', '競爭對手', '竞争对手'),
  attribute: l('comparison attribute', 'หัวข้อเปรียบเทียบ', '比較項目', '比较维度'),
};

export type RuleText = { message: string; fix: string };
export type RuleMessages = Readonly<Record<Locale, RuleText>>;
export const m = (message: string, fix: string): RuleText => ({ message, fix });
