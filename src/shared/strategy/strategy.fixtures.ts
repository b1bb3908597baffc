import type { CheckFacts } from './strategy-check.schemas.ts';
import { emptyStrategy, type Strategy } from './strategy.schemas.ts';
import { RACI_SECTION_KEYS } from './strategy-team.schemas.ts';

// Test data only (imported by *.test.ts). Fixed, readable v4 uuids: uid(7) = ...-000000000007.
export const uid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const PLOY = uid(901); // marketing
export const SOMCHAI = uid(902); // sales
export const NOK = uid(903); // customer service

export const FACTS: CheckFacts = {
  members: [
    { userId: PLOY, businessFunction: 'marketing' },
    { userId: SOMCHAI, businessFunction: 'sales' },
    { userId: NOK, businessFunction: 'customer_service' },
  ],
  today: '2026-03-15',
  fiscalYearStartMonth: 1,
};

export const ID = {
  salesGoal: uid(1),
  awarenessGoal: uid(2),
  leadsObjective: uid(10),
  followersObjective: uid(11),
  tactic: uid(20),
  officeWorker: uid(30),
  tourist: uid(31),
  competitor: uid(40),
  attribute: uid(50),
  lineChannel: uid(60),
  igChannel: uid(61),
  kpiLeads: uid(70),
  kpiReach: uid(71),
};

/** A strategy with every section filled in well: the method check finds nothing in it. */
export function completeStrategy(): Strategy {
  const s = emptyStrategy('THB');
  for (const key of RACI_SECTION_KEYS) {
    s.team.raci[key] = { responsible: [PLOY], accountable: [SOMCHAI], consulted: [NOK], informed: [] };
  }
  s.goals = {
    reasons: [{ id: uid(3), reason: 'marketing', scope: 'external', description: 'ลูกค้าหาร้านกาแฟผ่าน LINE และ Instagram' }],
    goals: [
      { id: ID.salesGoal, type: 'acquisition_sales', priority: 'primary', description: 'More web-shop orders' },
      { id: ID.awarenessGoal, type: 'awareness', priority: 'secondary', description: '讓台灣的咖啡迷認識我們' },
    ],
    statement: 'Grow web-shop sales in Thailand and Taiwan through LINE OA and Instagram.',
    objectives: [
      { id: ID.leadsObjective, goalId: ID.salesGoal, title: 'Leads from LINE OA', metric: 'leads', baseline: 40, target: 120, unit: 'count', deadline: '2026-12-31', ownerUserId: SOMCHAI, description: '' },
      { id: ID.followersObjective, goalId: ID.awarenessGoal, title: 'Instagram engagement', metric: 'engagement rate', baseline: 2.5, target: 4, unit: 'percent', deadline: '2026-09-30', ownerUserId: PLOY, description: '' },
    ],
    tactics: [{ id: ID.tactic, title: 'Weekly roast-day broadcast', description: '', objectiveId: ID.leadsObjective, channels: ['line_oa'] }],
  };
  s.context = {
    customers: { segments: [{ id: uid(80), name: 'Home brewers', description: 'Buy 250 g bags monthly' }] },
    analysis: { marketSummary: 'Specialty coffee grows 15 % a year in Thailand.', findings: [{ id: uid(81), kind: 'strength', text: 'Direct trade with Doi Chang farmers' }] },
    valueProposition: 'Freshly roasted single-origin Thai coffee delivered in two days.',
    planning: {
      budget: { amount: 240_000, currency: 'THB' },
      risks: [{ id: uid(82), description: 'Bad harvest', likelihood: 3, impact: 4, mitigation: 'Second farm partner' }],
      strategicOptions: [{ id: uid(83), title: 'Subscriptions', description: '' }],
    },
    resources: { skills: ['photography'], headcount: 3, hoursPerWeek: 20, money: { amount: 20_000, currency: 'THB' }, suppliers: ['Print shop'], partners: ['Doi Chang co-op'] },
  };
  s.listening = {
    brandTerms: ['Baan Doi', 'บ้านดอย'],
    competitors: [{ id: ID.competitor, name: 'Chiang Mai Roasters', handles: ['@cmroasters'], terms: ['cm roasters'] }],
    categoryTerms: ['กาแฟดริป'],
    topicTerms: ['精品咖啡'],
    questions: ['What do people complain about in delivery?'],
    findings: [{ id: uid(84), text: 'Delivery time is the top complaint', createdAt: '2026-02-01T09:00:00+07:00' }],
  };
  const persona = (id: string, name: string) => ({
    id,
    name,
    demographics: { ageBand: '25-34', location: 'Bangkok', languages: ['th', 'en'], occupation: 'Office worker', incomeBand: '30-50k THB' },
    psychographics: { values: ['quality'], interests: ['coffee'], motivations: ['a good morning cup'], challenges: ['little time'] },
    onlineBehaviour: { channels: ['line_oa' as const, 'instagram' as const], activeHours: '07-09, 20-23', preferredFormats: ['short video'], follows: ['@coffeegeek'] },
    journeyStage: 'consideration' as const,
    howToTalk: 'Friendly, with ค่ะ/ครับ, short sentences',
  });
  s.audience = { personas: [persona(ID.officeWorker, 'Fon, office worker'), persona(ID.tourist, '小林, visitor from Taipei')] };
  s.metrics = {
    fiscalYear: 2026,
    kpis: [
      { id: ID.kpiLeads, kpi: 'leads', objectiveId: ID.leadsObjective, quarterlyTargets: [60, 80, 100, 120], dataSource: 'LINE OA manager', ownerUserId: SOMCHAI },
      { id: ID.kpiReach, kpi: 'engagement_rate', objectiveId: ID.followersObjective, quarterlyTargets: [2.8, 3.2, 3.6, 4], dataSource: 'Instagram insights', ownerUserId: PLOY },
    ],
  };
  s.oneThing = {
    differentiator: 'The only roaster that names the farmer on every bag.',
    proofPoints: ['Farmer portraits on every bag'],
    comparison: {
      attributes: [{ id: ID.attribute, name: 'Freshness' }],
      rows: [
        { subject: 'us', scores: { [ID.attribute]: 5 } },
        { subject: ID.competitor, scores: { [ID.attribute]: 3 } },
      ],
    },
  };
  const channel = (id: string, key: 'line_oa' | 'instagram', personaIds: string[], kpiId: number) => ({
    id,
    channel: key,
    reason: 'Our customers reorder through chat',
    personaIds,
    pillars: ['roast day'],
    formats: ['rich message'],
    postsPerWeek: 3,
    hoursPerPost: 1.1,
    resources: { ownerUserId: PLOY, hoursPerWeek: 3.3, budgetPerMonth: 1500 },
    kpis: [{ id: uid(kpiId), kpi: 'leads' as const, target: 30 }],
  });
  s.channels = { channels: [channel(ID.lineChannel, 'line_oa', [ID.officeWorker], 90), channel(ID.igChannel, 'instagram', [ID.tourist, ID.officeWorker], 91)] };
  s.voice = {
    weAre: ['warm', 'knowledgeable'],
    weAreNot: ['pushy'],
    vocabularyUse: ['single origin'],
    vocabularyAvoid: ['cheap'],
    perLanguage: { th: { formality: 'casual', emoji: 'sparing', notes: 'ใช้ค่ะ' }, 'zh-Hant': { formality: 'neutral', emoji: 'sparing', notes: '' } },
    responseTimePromiseHours: 4,
    brandPersona: 'A friendly roaster who knows every farmer by name.',
  };
  s.governance = {
    items: (['policy', 'guideline', 'approval_process', 'crisis_escalation', 'training'] as const).map((kind, i) => ({
      id: uid(100 + i),
      kind,
      title: kind,
      body: '',
      ownerUserId: NOK,
      reviewDate: '2026-12-01',
    })),
    crisis: { levels: [{ id: uid(110), level: 1, description: 'Food safety complaint going viral', whoIsCalled: ['Owner', 'Lawyer'], responseTimeMinutes: 30 }] },
  };
  s.relationships = {
    relationships: [
      { id: uid(120), name: 'Chiang Mai food bloggers', kind: 'blogger', count: 12, context: '', relevance: '', value: 5, valueReason: 'Trusted reviews', flow: { channel: 'instagram', frequency: 'monthly', ownerUserId: PLOY } },
    ],
  };
  return s;
}
