import { eq } from 'drizzle-orm';
import type { ApplyTemplateInput, StrategyTemplateList } from '../../../shared/api/strategy-templates.schemas.ts';
import type { StrategyState } from '../../../shared/api/strategy.schemas.ts';
import { type Locale, localeSchema } from '../../../shared/locales.ts';
import { STRATEGY_TEMPLATE_KEYS } from '../../../shared/strategy/templates/strategy-template-keys.data.ts';
import { buildTemplate, isTemplateKey, listTemplates } from '../../../shared/strategy/templates/strategy-templates.domain.ts';
import type { Db } from '../../db/database.ts';
import { workspaces } from '../../db/schema/index.ts';
import { type RequestContext, requireWorkspace } from '../../http/request-context.ts';
import { AppError } from '../../lib/app-error.ts';
import { todayIn } from './strategy.domain.ts';
import { loadState, mutateDraft, workspaceSettings } from './strategy-draft.service.ts';

async function workspaceLocale(db: Db, workspaceId: string): Promise<Locale> {
  const [row] = await db.select({ defaultLocale: workspaces.defaultLocale }).from(workspaces).where(eq(workspaces.id, workspaceId));
  // The column is plain text: a value outside the four languages reads as English.
  return localeSchema.catch('en').parse(row?.defaultLocale);
}

/** Names and descriptions in the language asked for, or else in the workspace's default language. */
export async function listStrategyTemplates(ctx: RequestContext, query: { locale?: Locale }): Promise<StrategyTemplateList> {
  const locale = query.locale ?? (await workspaceLocale(ctx.db, requireWorkspace(ctx).id));
  return { locale, templates: listTemplates(locale) };
}

/**
 * Replaces the draft with a template written for this workspace: its date and fiscal year, the
 * currency the draft's budget is kept in, and the language asked for (else the workspace's).
 * Published versions are untouched, so the previous draft can still be found in them.
 */
export async function applyStrategyTemplate(ctx: RequestContext, key: string, input: ApplyTemplateInput): Promise<StrategyState> {
  if (!isTemplateKey(key)) {
    throw new AppError('not_found', `There is no strategy template "${key}"; the templates are ${STRATEGY_TEMPLATE_KEYS.join(', ')}`, {
      details: [{ path: 'params.key', message: `one of ${STRATEGY_TEMPLATE_KEYS.join(', ')}` }],
    });
  }
  const workspaceId = requireWorkspace(ctx).id;
  const settings = await workspaceSettings(ctx.db, workspaceId);
  const locale = input.locale ?? (await workspaceLocale(ctx.db, workspaceId));
  const today = todayIn(settings.timezone, ctx.now());
  await mutateDraft(ctx, input.revision, (current) => ({
    document: buildTemplate(key, { locale, today, fiscalYearStartMonth: settings.fiscalYearStartMonth, currency: current.context.planning.budget.currency }),
    action: 'strategy.template_applied',
    targetType: 'strategy',
    targetId: key,
    note: { template: key, locale },
    result: null,
  }));
  return loadState(ctx);
}
