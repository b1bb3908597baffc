import type { RuleId } from './strategy-check.schemas.ts';
import { m, type RuleMessages } from './strategy-labels.messages.ts';

export type GoalRuleId = Extract<RuleId, `team-${string}` | `goal-${string}` | `objective-${string}` | `tactic-${string}`>;

// Quotation marks follow each locale: “…” for English, Thai and Simplified Chinese, 「…」 for
// Traditional Chinese. Objectives are "具體目標/具体目标" so they never read as goals ("目標").
export const GOAL_RULE_MESSAGES: Readonly<Record<GoalRuleId, RuleMessages>> = {
  'team-function-missing': {
    en: m('The goal “{goalType}” needs someone from {functions}, but nobody on the team represents it.', 'Invite a colleague from {functions} to the workspace, or choose a goal your team can deliver.'),
    th: m('เป้าหมาย “{goalType}” ต้องมีคนจาก{functions}มาร่วมทีม แต่ตอนนี้ในทีมยังไม่มีใครจากส่วนงานนี้', 'ชวนเพื่อนร่วมงานจาก{functions}เข้ามาในเวิร์กสเปซ หรือเลือกเป้าหมายที่ทีมปัจจุบันทำได้จริง'),
    'zh-Hant': m('目標「{goalType}」需要{functions}的同仁參與，但團隊裡目前沒有這個職能的成員。', '邀請{functions}的同事加入工作區，或改選團隊現有人力做得到的目標。'),
    'zh-Hans': m('目标“{goalType}”需要{functions}的同事参与，但团队里目前没有这个职能的成员。', '邀请{functions}的同事加入工作区，或者改选团队现有人员能够完成的目标。'),
  },
  'team-member-unknown': {
    en: m('Someone assigned here is no longer a member of this workspace.', 'Choose a current member instead, or remove the assignment.'),
    th: m('บุคคลที่ได้รับมอบหมายตรงนี้ไม่ได้เป็นสมาชิกของเวิร์กสเปซนี้แล้ว', 'เลือกสมาชิกปัจจุบันแทน หรือลบการมอบหมายนี้ออก'),
    'zh-Hant': m('這裡指派的人已經不是這個工作區的成員。', '改為指派目前的成員，或移除這項指派。'),
    'zh-Hans': m('这里指派的人已经不是该工作区的成员。', '改为指派现有成员，或者删除这项指派。'),
  },
  'team-multiple-accountable': {
    en: m('{count} people are accountable for “{section}”. In RACI, exactly one person is.', 'Keep one accountable person and make the others responsible or consulted.'),
    th: m('ส่วน “{section}” มีผู้รับผิดชอบสูงสุด (Accountable) {count} คน ตามหลัก RACI ควรมีเพียงคนเดียว', 'ให้เหลือผู้รับผิดชอบสูงสุดเพียงคนเดียว แล้วเปลี่ยนคนอื่นเป็นผู้ลงมือทำ (Responsible) หรือผู้ให้คำปรึกษา (Consulted)'),
    'zh-Hant': m('「{section}」有 {count} 位最終負責人（A）。依照 RACI 原則，最終負責人只能有一位。', '只保留一位最終負責人，其他人改為執行者（R）或諮詢對象（C）。'),
    'zh-Hans': m('“{section}”有 {count} 位最终负责人（A）。按照 RACI 原则，最终负责人只能有一位。', '只保留一位最终负责人，其他人改为执行人（R）或咨询对象（C）。'),
  },
  'goal-primary-missing': {
    en: m('There is no primary goal yet.', 'Mark the one goal that matters most as primary: every channel and KPI will be judged against it.'),
    th: m('ยังไม่มีเป้าหมายหลัก', 'เลือกเป้าหมายที่สำคัญที่สุดหนึ่งข้อเป็นเป้าหมายหลัก ทุกช่องทางและตัวชี้วัดจะถูกพิจารณาว่าตอบเป้าหมายนี้หรือไม่'),
    'zh-Hant': m('還沒有設定主要目標。', '把最重要的那一個目標設為主要目標，之後每個頻道和 KPI 都會以它為準來檢視。'),
    'zh-Hans': m('还没有设定主要目标。', '把最重要的那个目标设为主要目标，之后每个渠道和 KPI 都会以它为标准来评估。'),
  },
  'goal-primary-multiple': {
    en: m('{count} goals are marked as primary, but a strategy has exactly one.', 'Keep the most important one as primary and make the others secondary.'),
    th: m('มีเป้าหมายหลัก {count} ข้อ แต่กลยุทธ์หนึ่งควรมีเป้าหมายหลักเพียงข้อเดียว', 'เลือกข้อที่สำคัญที่สุดเป็นเป้าหมายหลัก แล้วเปลี่ยนข้ออื่นเป็นเป้าหมายรอง'),
    'zh-Hant': m('有 {count} 個目標被設為主要目標，但一份策略只能有一個。', '保留最重要的一個作為主要目標，其餘改為次要目標。'),
    'zh-Hans': m('有 {count} 个目标被设为主要目标，但一份策略只能有一个。', '保留最重要的一个作为主要目标，其余改为次要目标。'),
  },
  'objective-not-specific': {
    en: m('Objective {number} is not specific ({letter}): it needs a title and a named metric.', 'Write what should change and name the metric that shows it, for example “Leads from LINE OA”.'),
    th: m('วัตถุประสงค์ข้อที่ {number} ยังไม่เจาะจง ({letter}) ต้องมีชื่อและระบุตัวชี้วัดให้ชัดเจน', 'เขียนสั้น ๆ ว่าต้องการให้อะไรเปลี่ยนไป และใช้ตัวชี้วัดใดวัดผล เช่น “จำนวนลีดจาก LINE OA”'),
    'zh-Hant': m('第 {number} 個具體目標不夠明確（{letter}）：需要標題和明確的衡量指標。', '簡單寫出要改變什麼、用哪個指標來看，例如「來自 LINE 官方帳號的潛在客戶數」。'),
    'zh-Hans': m('第 {number} 个具体目标不够明确（{letter}）：需要标题和明确的衡量指标。', '简单写出要改变什么、用哪个指标来衡量，例如“来自微信公众号的销售线索数”。'),
  },
  'objective-not-measurable': {
    en: m('Objective {number} is not measurable ({letter}): it needs a baseline, a target and a unit.', 'Enter today’s value as the baseline and the value you want to reach as the target, and choose the unit.'),
    th: m('วัตถุประสงค์ข้อที่ {number} ยังวัดผลไม่ได้ ({letter}) ต้องมีค่าตั้งต้น ค่าเป้าหมาย และหน่วย', 'ใส่ค่าปัจจุบันเป็นค่าตั้งต้น ใส่ค่าที่ต้องการไปให้ถึงเป็นค่าเป้าหมาย แล้วเลือกหน่วย'),
    'zh-Hant': m('第 {number} 個具體目標無法衡量（{letter}）：需要基準值、目標值和單位。', '把現在的數值填為基準值、想達到的數值填為目標值，並選擇單位。'),
    'zh-Hans': m('第 {number} 个具体目标无法衡量（{letter}）：需要基准值、目标值和单位。', '把当前数值填为基准值，把想达到的数值填为目标值，并选择单位。'),
  },
  'objective-target-unchanged': {
    en: m('Objective {number} asks for no change ({letter}): its target {target} equals the baseline.', 'Set a target that differs from the baseline and is still realistic with your resources.'),
    th: m('วัตถุประสงค์ข้อที่ {number} ไม่ได้ตั้งความเปลี่ยนแปลงใดเลย ({letter}) ค่าเป้าหมาย {target} เท่ากับค่าตั้งต้น', 'ตั้งค่าเป้าหมายที่ต่างจากค่าตั้งต้น และยังทำได้จริงด้วยทรัพยากรที่มี'),
    'zh-Hant': m('第 {number} 個具體目標沒有要求任何改變（{letter}）：目標值 {target} 和基準值相同。', '設定一個與基準值不同、但以現有資源做得到的目標值。'),
    'zh-Hans': m('第 {number} 个具体目标没有要求任何改变（{letter}）：目标值 {target} 与基准值相同。', '设定一个与基准值不同、但凭现有资源能够达到的目标值。'),
  },
  'objective-target-out-of-range': {
    en: m('Objective {number} cannot be achieved ({letter}): a target of {target} is impossible for its unit.', 'Check the target and the unit: a percentage lies between 0 and 100, and counts, amounts and times cannot be negative.'),
    th: m('วัตถุประสงค์ข้อที่ {number} เป็นไปไม่ได้ ({letter}) ค่าเป้าหมาย {target} อยู่นอกขอบเขตของหน่วยที่เลือก', 'ตรวจสอบค่าเป้าหมายและหน่วย เปอร์เซ็นต์ต้องอยู่ระหว่าง 0 ถึง 100 ส่วนจำนวน ยอดเงิน และเวลาต้องไม่ติดลบ'),
    'zh-Hant': m('第 {number} 個具體目標不可能達成（{letter}）：以它的單位來說，目標值 {target} 不合理。', '請檢查目標值和單位：百分比應介於 0 到 100 之間，數量、金額和時間不能是負數。'),
    'zh-Hans': m('第 {number} 个具体目标不可能实现（{letter}）：按它的单位，目标值 {target} 不合理。', '请检查目标值和单位：百分比应在 0 到 100 之间，数量、金额和时间不能为负数。'),
  },
  'objective-not-relevant': {
    en: m('Objective {number} is not relevant ({letter}): it is not linked to any of your goals.', 'Link it to the goal it serves, or remove it if it serves none.'),
    th: m('วัตถุประสงค์ข้อที่ {number} ยังไม่เชื่อมโยงกับเป้าหมายใด ({letter})', 'เชื่อมวัตถุประสงค์นี้กับเป้าหมายที่มันสนับสนุน หรือลบออกหากไม่ได้สนับสนุนเป้าหมายใดเลย'),
    'zh-Hant': m('第 {number} 個具體目標缺乏關聯性（{letter}）：沒有連結到任何目標。', '把它連結到它所服務的目標；如果不服務任何目標，就刪除它。'),
    'zh-Hans': m('第 {number} 个具体目标缺乏相关性（{letter}）：没有关联到任何目标。', '把它关联到它所服务的目标；如果不服务于任何目标，就删除它。'),
  },
  'objective-no-deadline': {
    en: m('Objective {number} has no deadline ({letter}).', 'Set the date by which the target should be reached.'),
    th: m('วัตถุประสงค์ข้อที่ {number} ยังไม่มีกำหนดเวลา ({letter})', 'กำหนดวันที่ที่ต้องทำให้ถึงค่าเป้าหมาย'),
    'zh-Hant': m('第 {number} 個具體目標沒有期限（{letter}）。', '設定要在哪一天之前達到目標值。'),
    'zh-Hans': m('第 {number} 个具体目标没有截止日期（{letter}）。', '设定需要在哪一天之前达到目标值。'),
  },
  'objective-deadline-past': {
    en: m('The deadline of objective {number} ({deadline}) has passed ({letter}).', 'Record the result you reached, then set a new deadline or close the objective.'),
    th: m('กำหนดเวลาของวัตถุประสงค์ข้อที่ {number} ({deadline}) ผ่านไปแล้ว ({letter})', 'บันทึกผลที่ทำได้ แล้วตั้งกำหนดเวลาใหม่หรือปิดวัตถุประสงค์นี้'),
    'zh-Hant': m('第 {number} 個具體目標的期限（{deadline}）已經過了（{letter}）。', '記錄實際達成的結果，再設定新期限，或結束這個具體目標。'),
    'zh-Hans': m('第 {number} 个具体目标的截止日期（{deadline}）已经过了（{letter}）。', '记录实际达成的结果，然后设定新的截止日期，或者结束这个具体目标。'),
  },
  'tactic-no-objective': {
    en: m('Tactic {number} does not serve any objective.', 'Link it to the objective it helps to reach, or drop it.'),
    th: m('กลยุทธ์ย่อยข้อที่ {number} ยังไม่ได้สนับสนุนวัตถุประสงค์ใดเลย', 'เชื่อมกับวัตถุประสงค์ที่กลยุทธ์ย่อยนี้ช่วยให้บรรลุ หรือตัดออกไป'),
    'zh-Hant': m('第 {number} 個戰術沒有對應任何具體目標。', '把它連結到它要幫忙達成的具體目標，或者刪掉它。'),
    'zh-Hans': m('第 {number} 个战术没有对应任何具体目标。', '把它关联到它要帮助实现的具体目标，或者删除它。'),
  },
};
