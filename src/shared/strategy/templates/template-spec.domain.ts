import type { Locale } from '../../locales.ts';
import type { ChannelKey } from '../strategy-channels.schemas.ts';
import type { SwotKind } from '../strategy-context.schemas.ts';
import type { GoalPriority, GoalType, ReasonScope, SocialReason } from '../strategy-goals.schemas.ts';
import type { CrisisLevel, GovernanceKind } from '../strategy-governance.schemas.ts';
import type { JourneyStage } from '../strategy-audience.schemas.ts';
import type { KpiKey, MetricUnit } from '../strategy-kpi-catalogue.data.ts';
import type { ContactFrequency, RelationshipKind } from '../strategy-relationships.schemas.ts';
import type { EMOJI_USE, FORMALITIES } from '../strategy-voice.schemas.ts';

/** One text in the four languages a template is written in. */
export type Text = Readonly<Record<Locale, string>>;

export const l = (en: string, th: string, zhHant: string, zhHans: string): Text => ({ en, th, 'zh-Hant': zhHant, 'zh-Hans': zhHans });

/**
 * The network that plays a part in each market: a shop talks to regulars on LINE in Bangkok and
 * Taipei, on WeChat in Shanghai and by e-mail in London. Tactics, personas and channel plans name
 * the part (a slot), the builder picks the network of the chosen language.
 */
export type ChannelSlot = Readonly<Record<Locale, ChannelKey>>;
export const everywhere = (key: ChannelKey): ChannelSlot => ({ en: key, th: key, 'zh-Hant': key, 'zh-Hans': key });
export const byMarket = (en: ChannelKey, th: ChannelKey, zhHant: ChannelKey, zhHans: ChannelKey): ChannelSlot => ({ en, th, 'zh-Hant': zhHant, 'zh-Hans': zhHans });

/** Items other items point at are named by a ref; the builder gives each a fresh id. */
export type Ref = string;
export type Rating = 1 | 2 | 3 | 4 | 5;

export type PersonaSpec = {
  ref: Ref;
  name: Text;
  ageBand: string;
  location: Text;
  occupation: Text;
  incomeBand: Text;
  values: Text[];
  interests: Text[];
  motivations: Text[];
  challenges: Text[];
  slots: string[];
  activeHours: Text;
  preferredFormats: Text[];
  follows: Text[];
  journeyStage: JourneyStage;
  howToTalk: Text;
};

export type ChannelSpec = {
  slot: string;
  reason: Text;
  personas: Ref[];
  pillars: Text[];
  formats: Text[];
  postsPerWeek: number;
  hoursPerPost: number;
  /** Hours the team can give the channel, replies included; at least posts x hours per post. */
  hoursPerWeek: number;
  kpis: Array<[KpiKey, number]>;
};

export type GovernanceSpec = {
  items: Array<{ kind: GovernanceKind; title: Text; body: Text; reviewInMonths: number }>;
  crisis: Array<{ level: CrisisLevel['level']; description: Text; whoIsCalled: Text[]; responseTimeMinutes: number }>;
};

/**
 * A strategy to start from, written once in four languages. Numbers are realistic examples for a
 * small team; every text the team must make its own says so in words.
 */
export type TemplateSpec = {
  slots: Readonly<Record<string, ChannelSlot>>;
  reasons: Array<{ reason: SocialReason; scope: ReasonScope; description: Text }>;
  goals: Array<{ ref: Ref; type: GoalType; priority: GoalPriority; description: Text }>;
  /** `{deadline}` becomes the last day of the planned fiscal year, written the local way. */
  statement: Text;
  objectives: Array<{
    ref: Ref;
    goal: Ref;
    title: Text;
    metric: Text;
    baseline: number;
    target: number;
    unit: MetricUnit;
    /** Due at the end of this quarter of the planned fiscal year. */
    dueQuarter: 3 | 4;
    description: Text;
  }>;
  tactics: Array<{ title: Text; description: Text; objective: Ref; slots: string[] }>;
  context: {
    segments: Array<{ name: Text; description: Text }>;
    marketSummary: Text;
    swot: Array<[SwotKind, Text]>;
    valueProposition: Text;
    risks: Array<{ description: Text; likelihood: Rating; impact: Rating; mitigation: Text }>;
    options: Array<{ title: Text; description: Text }>;
    skills: Text[];
    headcount: number;
    hoursPerWeek: number;
    suppliers: Text[];
    partners: Text[];
  };
  listening: {
    brandTerms: Text[];
    competitors: Array<{ ref: Ref; name: Text; handles: Text[]; terms: Text[] }>;
    categoryTerms: Text[];
    topicTerms: Text[];
    questions: Text[];
  };
  personas: PersonaSpec[];
  kpis: Array<{ kpi: KpiKey; objective: Ref; quarterlyTargets: [number, number, number, number]; dataSource: Text }>;
  oneThing: { differentiator: Text; proofPoints: Text[]; attributes: Text[] };
  channels: ChannelSpec[];
  voice: {
    weAre: Text[];
    weAreNot: Text[];
    vocabularyUse: Text[];
    vocabularyAvoid: Text[];
    formality: (typeof FORMALITIES)[number];
    emoji: (typeof EMOJI_USE)[number];
    /** Notes for the chosen language, written in it (ครับ/ค่ะ, 您/你, …). */
    languageNotes: Text;
    responseTimePromiseHours: number;
    brandPersona: Text;
  };
  governance: GovernanceSpec;
  relationships: Array<{
    name: Text;
    kind: RelationshipKind;
    count: number | null;
    context: Text;
    relevance: Text;
    value: Rating;
    valueReason: Text;
    slot: string;
    frequency: ContactFrequency;
  }>;
};
