/**
 * The strategies a team can start from, in the order the builder offers them. Kept apart from the
 * templates' text so the web app can name a key without loading all five templates.
 */
export const STRATEGY_TEMPLATE_KEYS = ['local_retailer', 'b2b_services', 'agency_client', 'nonprofit', 'employer_brand'] as const;
export type StrategyTemplateKey = (typeof STRATEGY_TEMPLATE_KEYS)[number];
