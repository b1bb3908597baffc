import type { RuleId } from './strategy-check.schemas.ts';
import type { GoalRuleId } from './strategy-check-goals.messages.ts';
import { m, type RuleMessages } from './strategy-labels.messages.ts';

type PlanRuleId = Exclude<RuleId, GoalRuleId>;

export const PLAN_RULE_MESSAGES: Readonly<Record<PlanRuleId, RuleMessages>> = {
  'risk-without-mitigation': {
    en: m('Risk {number} scores {score} out of 25 but has no mitigation.', 'Write down how you will prevent it, or how you will limit the damage if it happens.'),
    th: m('ความเสี่ยงข้อที่ {number} มีคะแนน {score} จาก 25 แต่ยังไม่มีแผนรับมือ', 'เขียนว่าจะป้องกันอย่างไร หรือจะลดความเสียหายอย่างไรหากเกิดขึ้นจริง'),
    'zh-Hant': m('第 {number} 項風險評分為 {score}（滿分 25），卻沒有因應措施。', '寫下要如何預防，或萬一發生時如何降低損害。'),
    'zh-Hans': m('第 {number} 项风险评分为 {score}（满分 25），却没有应对措施。', '写下如何预防，或者万一发生时如何减少损失。'),
  },
  'listening-no-competitor': {
    en: m('The listening plan names no competitor.', 'Add the competitors your customers compare you with, with their accounts and the terms to follow.'),
    th: m('แผนการรับฟังโซเชียลยังไม่มีคู่แข่งเลย', 'เพิ่มคู่แข่งที่ลูกค้ามักนำมาเปรียบเทียบกับคุณ พร้อมบัญชีโซเชียลและคำค้นที่ต้องติดตาม'),
    'zh-Hant': m('社群聆聽計畫裡還沒有任何競爭對手。', '加入顧客常拿來和你比較的競爭對手，以及要追蹤的帳號和關鍵字。'),
    'zh-Hans': m('社交聆听计划里还没有任何竞争对手。', '添加客户常拿来和你比较的竞争对手，以及要跟踪的账号和关键词。'),
  },
  'persona-unreached': {
    en: m('No channel reaches the persona “{name}”.', 'Add this persona to the channels where they spend time, or remove the persona if you will not address them.'),
    th: m('ยังไม่มีช่องทางใดเข้าถึงเพอร์โซนา “{name}”', 'เพิ่มเพอร์โซนานี้ในช่องทางที่พวกเขาใช้งาน หรือลบเพอร์โซนานี้ออกหากจะไม่สื่อสารกับคนกลุ่มนี้'),
    'zh-Hant': m('沒有任何頻道觸及人物誌「{name}」。', '把這個人物誌加到他們常用的頻道；如果不打算經營這群人，就刪除這個人物誌。'),
    'zh-Hans': m('没有任何渠道触达用户画像“{name}”。', '把这个用户画像添加到他们常用的渠道；如果不打算触达这群人，就删除这个用户画像。'),
  },
  'kpi-no-quarterly-targets': {
    en: m('The KPI “{kpi}” has no target for {quarters}.', 'Set a target for every quarter so that progress can be checked along the way.'),
    th: m('ตัวชี้วัด “{kpi}” ยังไม่มีเป้าหมายของ {quarters}', 'ตั้งเป้าหมายให้ครบทุกไตรมาส เพื่อให้ติดตามความคืบหน้าได้ระหว่างทาง'),
    'zh-Hant': m('KPI「{kpi}」在 {quarters} 沒有目標值。', '為每一季設定目標值，才能在過程中檢查進度。'),
    'zh-Hans': m('KPI“{kpi}”在 {quarters} 没有目标值。', '为每个季度设定目标值，这样才能在过程中检查进度。'),
  },
  'kpi-no-objective': {
    en: m('The KPI “{kpi}” is not linked to an objective.', 'Link it to the objective it measures; a KPI that measures no objective can usually go.'),
    th: m('ตัวชี้วัด “{kpi}” ยังไม่ได้เชื่อมกับวัตถุประสงค์ใด', 'เชื่อมกับวัตถุประสงค์ที่ตัวชี้วัดนี้ใช้วัด หากไม่ได้วัดวัตถุประสงค์ใดเลย ก็อาจไม่จำเป็นต้องเก็บไว้'),
    'zh-Hant': m('KPI「{kpi}」沒有連結到任何具體目標。', '把它連結到它所衡量的具體目標；不衡量任何目標的 KPI 通常可以拿掉。'),
    'zh-Hans': m('KPI“{kpi}”没有关联到任何具体目标。', '把它关联到它所衡量的具体目标；不衡量任何目标的 KPI 通常可以去掉。'),
  },
  'kpi-maturity-too-low': {
    en: m('Your primary goal is “{goalType}”, but your KPIs only measure attention, not results.', 'Add a KPI that shows results, such as {kpis}.'),
    th: m('เป้าหมายหลักของคุณคือ “{goalType}” แต่ตัวชี้วัดทั้งหมดวัดแค่การมองเห็น ไม่ได้วัดผลลัพธ์', 'เพิ่มตัวชี้วัดที่แสดงผลลัพธ์ เช่น {kpis}'),
    'zh-Hant': m('你的主要目標是「{goalType}」，但目前的 KPI 只衡量曝光與關注，沒有衡量成果。', '加入能反映成果的 KPI，例如{kpis}。'),
    'zh-Hans': m('你的主要目标是“{goalType}”，但现有 KPI 只衡量曝光和关注，没有衡量成果。', '添加能体现成果的 KPI，例如{kpis}。'),
  },
  'metrics-fiscal-year-past': {
    en: m('The quarterly targets are for fiscal year {fiscalYear}, which is over; the current fiscal year is {currentFiscalYear}.', 'Review the results, then set targets for the current fiscal year.'),
    th: m('เป้าหมายรายไตรมาสเป็นของปีงบประมาณ {fiscalYear} ซึ่งสิ้นสุดไปแล้ว ปีงบประมาณปัจจุบันคือ {currentFiscalYear}', 'ทบทวนผลที่ได้ แล้วตั้งเป้าหมายสำหรับปีงบประมาณปัจจุบัน'),
    'zh-Hant': m('每季目標屬於 {fiscalYear} 會計年度，這個年度已經結束；目前是 {currentFiscalYear} 會計年度。', '先檢視成果，再為目前的會計年度設定目標。'),
    'zh-Hans': m('季度目标属于 {fiscalYear} 财年，该财年已经结束；当前是 {currentFiscalYear} 财年。', '先复盘成果，再为当前财年设定目标。'),
  },
  'one-thing-no-differentiator': {
    en: m('The one thing that sets you apart is not written down yet.', 'In one sentence, say what you offer that competitors do not, and why your audience should care.'),
    th: m('ยังไม่ได้เขียนสิ่งหนึ่งที่ทำให้คุณแตกต่างจากคู่แข่ง', 'เขียนให้ได้ในหนึ่งประโยคว่าคุณมีอะไรที่คู่แข่งไม่มี และทำไมกลุ่มเป้าหมายจึงควรใส่ใจ'),
    'zh-Hant': m('還沒寫下讓你與眾不同的那一件事。', '用一句話說明你有什麼是競爭對手沒有的，以及受眾為什麼該在乎。'),
    'zh-Hans': m('还没写下让你与众不同的那一件事。', '用一句话说明你有什么是竞争对手没有的，以及受众为什么应该在意。'),
  },
  'channel-no-reason': {
    en: m('No reason is given for being on {channel}.', 'Write the specific reason to be there: which persona you reach and what they come for. “Everyone is there” is not a reason.'),
    th: m('ยังไม่ได้ระบุเหตุผลที่ต้องใช้ {channel}', 'เขียนเหตุผลที่เจาะจง เช่น จะเข้าถึงเพอร์โซนาใดที่นั่น และพวกเขาเข้ามาเพื่ออะไร “ใคร ๆ ก็อยู่ที่นั่น” ไม่นับเป็นเหตุผล'),
    'zh-Hant': m('沒有說明為什麼要經營「{channel}」。', '寫下具體理由，例如在那裡能觸及哪個人物誌、他們為了什麼而來；「大家都在用」不算理由。'),
    'zh-Hans': m('没有说明为什么要运营“{channel}”。', '写下具体理由，例如在那里能触达哪个用户画像、他们为了什么而来；“大家都在用”不算理由。'),
  },
  'channel-no-persona': {
    en: m('{channel} does not target any persona.', 'Choose the personas you want to reach on this channel.'),
    th: m('{channel} ยังไม่ได้กำหนดเพอร์โซนาเป้าหมาย', 'เลือกเพอร์โซนาที่ต้องการเข้าถึงผ่านช่องทางนี้'),
    'zh-Hant': m('「{channel}」沒有設定要觸及的人物誌。', '選擇你想在這個頻道觸及的人物誌。'),
    'zh-Hans': m('“{channel}”没有设定要触达的用户画像。', '选择你想在这个渠道触达的用户画像。'),
  },
  'channel-no-kpi': {
    en: m('{channel} has no KPI, so you cannot tell whether it works.', 'Add at least one KPI with a target for this channel.'),
    th: m('{channel} ยังไม่มีตัวชี้วัด จึงบอกไม่ได้ว่าได้ผลหรือไม่', 'เพิ่มตัวชี้วัดพร้อมค่าเป้าหมายสำหรับช่องทางนี้อย่างน้อยหนึ่งตัว'),
    'zh-Hant': m('「{channel}」沒有 KPI，無從判斷經營成效。', '為這個頻道加入至少一個附目標值的 KPI。'),
    'zh-Hans': m('“{channel}”没有 KPI，无法判断运营效果。', '为这个渠道添加至少一个带目标值的 KPI。'),
  },
  'channel-over-capacity': {
    en: m('The plan for {channel} needs {needed} hours a week, but only {available} are available.', 'Post less often, spend less time per post, or free up more hours for this channel.'),
    th: m('แผนของ {channel} ต้องใช้เวลา {needed} ชั่วโมงต่อสัปดาห์ แต่มีเวลาให้เพียง {available} ชั่วโมง', 'ลดความถี่ในการโพสต์ ลดเวลาที่ใช้ต่อโพสต์ หรือจัดสรรเวลาให้ช่องทางนี้เพิ่มขึ้น'),
    'zh-Hant': m('「{channel}」的計畫每週需要 {needed} 小時，但只安排了 {available} 小時。', '減少發文頻率、縮短每篇貼文的製作時間，或為這個頻道安排更多人力時數。'),
    'zh-Hans': m('“{channel}”的计划每周需要 {needed} 小时，但只安排了 {available} 小时。', '降低发帖频率、缩短每篇内容的制作时间，或者为这个渠道安排更多工时。'),
  },
  'voice-missing': {
    en: m('Your brand voice is not described yet: the “We are” list is empty.', 'List three to five traits your brand shows in every post, for example warm, knowledgeable, playful.'),
    th: m('ยังไม่ได้กำหนดน้ำเสียงของแบรนด์ รายการ “เราเป็น” ยังว่างอยู่', 'ระบุบุคลิก 3–5 อย่างที่แบรนด์แสดงออกในทุกโพสต์ เช่น อบอุ่น รู้จริง เป็นกันเอง'),
    'zh-Hant': m('還沒有描述品牌語氣：「我們是」清單是空的。', '列出品牌在每則貼文都會展現的三到五個特質，例如溫暖、專業、幽默。'),
    'zh-Hans': m('还没有描述品牌语气：“我们是”列表是空的。', '列出品牌在每条内容中都会体现的三到五个特质，例如温暖、专业、幽默。'),
  },
  'crisis-process-missing': {
    en: m('There is no crisis process: no severity levels are defined.', 'Define the severity levels, who is called at each level and how fast you respond.'),
    th: m('ยังไม่มีกระบวนการรับมือวิกฤต เพราะยังไม่ได้กำหนดระดับความรุนแรง', 'กำหนดระดับความรุนแรง ใครต้องได้รับแจ้งในแต่ละระดับ และต้องตอบสนองภายในกี่นาที'),
    'zh-Hant': m('還沒有危機處理流程：尚未定義嚴重等級。', '定義各個嚴重等級、每個等級要通知誰，以及多快必須回應。'),
    'zh-Hans': m('还没有危机处理流程：尚未定义严重等级。', '定义各个严重等级、每个等级要通知谁，以及多快必须响应。'),
  },
  'relationship-no-owner': {
    en: m('The relationship with “{name}” is highly valuable, but nobody looks after it.', 'Choose the team member who owns this relationship.'),
    th: m('ความสัมพันธ์กับ “{name}” มีคุณค่าสูง แต่ยังไม่มีใครรับผิดชอบดูแล', 'เลือกสมาชิกในทีมที่จะดูแลความสัมพันธ์นี้'),
    'zh-Hant': m('與「{name}」的關係價值很高，卻沒有人負責經營。', '指定一位團隊成員負責經營這段關係。'),
    'zh-Hans': m('与“{name}”的关系价值很高，却没有人负责维护。', '指定一位团队成员负责维护这段关系。'),
  },
  'reference-dangling': {
    en: m('The linked {target} no longer exists.', 'Remove the link or choose an existing {target}.'),
    th: m('รายการนี้อ้างถึง{target}ที่ถูกลบไปแล้ว', 'ลบการอ้างอิงนี้ หรือเลือก{target}ที่ยังมีอยู่'),
    'zh-Hant': m('這裡連結的{target}已經不存在。', '移除這個連結，或改選現有的{target}。'),
    'zh-Hans': m('这里关联的{target}已经不存在。', '删除这个关联，或者改选现有的{target}。'),
  },
};
