import type { SentimentLabel } from '../../../shared/listening/sentiment.schemas.ts';
import type { Random } from './demo-random.domain.ts';

/*
 * The demo's mentions are written from templates per language: `{b}` the brand as people spell it,
 * `{c}` a competitor, `{d}` a drink, `{a}` a neighbourhood, `{bean}` an origin, `{e}` an emoji that
 * fits the template's tone, `{#}` maybe a hashtag. Each template carries the sentiment a person
 * reading it would give it, which the demo uses for its sentiment corrections.
 */

export type DemoLanguage = 'th' | 'en' | 'zh-Hant' | 'zh-Hans';
export type CompetitorKey = 'doiMok' | 'lannaBeanLab' | 'khaoKhiao';
export type Template = readonly [SentimentLabel, string];

export type LanguageTexts = {
  brand: readonly Template[];
  competitor: readonly Template[];
  /** Brand and a competitor side by side; the tone is about the brand. */
  comparison: readonly Template[];
  category: readonly Template[];
  /** Reactions to the food blogger's review (the positive spike). */
  praiseSpike: readonly Template[];
  /** The burnt batch and the late parcels (the negative spike). */
  complaintSpike: readonly Template[];
  /** The day after: reactions to the roaster's apology and free replacement. */
  apology: readonly Template[];
  slots: {
    brand: readonly string[];
    competitors: Readonly<Record<CompetitorKey, readonly string[]>>;
    drink: readonly string[];
    area: readonly string[];
    bean: readonly string[];
    shop: readonly string[];
    hashtag: readonly string[];
    emoji: Readonly<Record<SentimentLabel, readonly string[]>>;
  };
};

export type FillContext = { texts: LanguageTexts; tone: SentimentLabel; competitor: CompetitorKey; random: Random };

/**
 * Thai and Chinese write no spaces, but people set Latin names apart; an @account also needs the
 * space to end, or "@baandoicoffeeสาขา" would be read as one longer handle.
 */
function spaced(name: string): string {
  return /^[A-Za-z@]/.test(name) ? ` ${name} ` : name;
}

/** A template with its slots filled; a slot that picks an empty string leaves no double space. */
export function fillTemplate(template: string, ctx: FillContext): string {
  const { slots } = ctx.texts;
  const filled = template.replace(/\{(#|\w+)\}/g, (_, name: string) => {
    switch (name) {
      case 'b':
        return spaced(ctx.random.pick(slots.brand));
      case 'c':
        return spaced(ctx.random.pick(slots.competitors[ctx.competitor]));
      case 'd':
        return ctx.random.pick(slots.drink);
      case 'a':
        return ctx.random.pick(slots.area);
      case 'bean':
        return ctx.random.pick(slots.bean);
      case 's':
        return ctx.random.pick(slots.shop);
      case 'e':
        return ctx.random.pick(slots.emoji[ctx.tone]);
      case '#':
        return ctx.random.chance(0.5) ? ctx.random.pick(slots.hashtag) : '';
      default:
        throw new Error(`unknown demo template slot {${name}}`);
    }
  });
  return filled.replace(/ {2,}/g, ' ').replace(/ ([.,!?，。！？、：）])/gu, '$1').trim();
}

/** A template of the wanted tone from the list, or any of them if the list has none of that tone. */
export function pickTemplate(templates: readonly Template[], tone: SentimentLabel, random: Random): Template {
  const matching = templates.filter(([t]) => t === tone);
  return random.pick(matching.length > 0 ? matching : templates);
}
