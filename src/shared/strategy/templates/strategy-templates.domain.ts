import type { Locale } from '../../locales.ts';
import type { Strategy } from '../strategy.schemas.ts';
import { STRATEGY_TEMPLATE_KEYS, STRATEGY_TEMPLATES, type StrategyTemplateKey } from './strategy-templates.data.ts';
import { buildFromSpec, type TemplateOptions } from './template-build.domain.ts';

export type TemplateSummary = { key: StrategyTemplateKey; name: string; description: string };

export function isTemplateKey(key: string): key is StrategyTemplateKey {
  return (STRATEGY_TEMPLATE_KEYS as readonly string[]).includes(key);
}

/** The templates with their name and one-line description in one language. */
export function listTemplates(locale: Locale): TemplateSummary[] {
  return STRATEGY_TEMPLATE_KEYS.map((key) => ({ key, name: STRATEGY_TEMPLATES[key].name[locale], description: STRATEGY_TEMPLATES[key].description[locale] }));
}

/**
 * A complete strategy to start from, written in `locale`, with fresh ids, deadlines ahead of
 * `today` and quarterly targets for the fiscal year it plans. Owners and budgets stay open: they
 * are the team's to decide.
 */
export function buildTemplate(key: StrategyTemplateKey, options: TemplateOptions): Strategy {
  return buildFromSpec(STRATEGY_TEMPLATES[key].spec, options);
}
