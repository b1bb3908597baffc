import type { AuditAction } from '../../../shared/api/audit-actions.ts';
import { issuesToDetails } from '../../../shared/api/errors.ts';
import type { ImportStrategyInput, PutStrategyInput, StrategySectionState, StrategyState } from '../../../shared/api/strategy.schemas.ts';
import {
  type CleanupEntry,
  type CleanupResult,
  removeCompetitor,
  removeGoal,
  removeObjective,
  removePersona,
} from '../../../shared/strategy/strategy-cleanup.domain.ts';
import { type Strategy, strategySchema } from '../../../shared/strategy/strategy.schemas.ts';
import type { StrategySectionKey } from '../../../shared/strategy/strategy-steps.data.ts';
import { type RequestContext, requireWorkspace } from '../../http/request-context.ts';
import { AppError } from '../../lib/app-error.ts';
import { exportFileName } from './strategy.domain.ts';
import { loadState, mutateDraft, readDraft, workspaceSettings } from './strategy-draft.service.ts';
import { type ImportFormat, parseStrategyFile, serializeStrategy } from './strategy-import.domain.ts';

export const getStrategy = loadState;

export async function putStrategy(ctx: RequestContext, input: PutStrategyInput): Promise<StrategyState> {
  await mutateDraft(ctx, input.revision, () => ({ document: input.document, action: 'strategy.updated', targetType: 'strategy', result: null }));
  return loadState(ctx);
}

function sectionState(state: StrategyState, section: StrategySectionKey): StrategySectionState {
  const { document, ...rest } = state;
  return { section, value: document[section], ...rest };
}

export async function getSection(ctx: RequestContext, section: StrategySectionKey): Promise<StrategySectionState> {
  return sectionState(await loadState(ctx), section);
}

/** One section at a time, validated by that section's own schema so errors name its fields. */
export async function putSection(ctx: RequestContext, section: StrategySectionKey, input: { revision: number; value?: unknown }): Promise<StrategySectionState> {
  const parsed = strategySchema.shape[section].safeParse(input.value);
  if (!parsed.success) {
    const details = issuesToDetails('body.value', parsed.error.issues);
    throw new AppError('validation_failed', `${details[0]?.path}: ${details[0]?.message}`, { details });
  }
  await mutateDraft(ctx, input.revision, (current) => ({
    document: { ...current, [section]: parsed.data } as Strategy,
    action: 'strategy.section_updated',
    targetType: 'strategy_section',
    targetId: section,
    note: { section },
    result: null,
  }));
  return sectionState(await loadState(ctx), section);
}

export const REMOVABLE = {
  persona: { remove: removePersona, action: 'strategy.persona_removed', label: 'Persona' },
  competitor: { remove: removeCompetitor, action: 'strategy.competitor_removed', label: 'Competitor' },
  objective: { remove: removeObjective, action: 'strategy.objective_removed', label: 'Objective' },
  goal: { remove: removeGoal, action: 'strategy.goal_removed', label: 'Goal' },
} as const satisfies Record<string, { remove: (s: Strategy, id: string) => CleanupResult; action: AuditAction; label: string }>;
export type RemovableKind = keyof typeof REMOVABLE;

/**
 * Removes an item and every reference to it (a persona leaves the channels that targeted it);
 * the answer lists each reference that was cleaned, so the builder can say what else changed.
 */
export async function removeItem(ctx: RequestContext, kind: RemovableKind, id: string, revision: number): Promise<StrategyState & { cleaned: CleanupEntry[] }> {
  const { remove, action, label } = REMOVABLE[kind];
  const cleaned = await mutateDraft(ctx, revision, (current) => {
    const result = remove(current, id);
    if (!result.removed) throw new AppError('not_found', `${label} not found in the strategy`);
    return { document: result.strategy, action, targetType: kind, targetId: id, note: { cleaned: result.cleaned.map((c) => c.path) }, result: result.cleaned };
  });
  return { ...(await loadState(ctx)), cleaned };
}

export async function exportStrategy(ctx: RequestContext, format: ImportFormat): Promise<{ fileName: string; content: string }> {
  const workspaceId = requireWorkspace(ctx).id;
  const settings = await workspaceSettings(ctx.db, workspaceId);
  const draft = await readDraft(ctx.db, workspaceId, settings);
  return { fileName: exportFileName(settings.name, draft.revision, format), content: serializeStrategy(draft.document, format) };
}

/** Replaces the draft with a file's content, or, if anything in it is wrong, changes nothing. */
export async function importStrategy(ctx: RequestContext, input: ImportStrategyInput): Promise<StrategyState> {
  const parsed = parseStrategyFile(input.content, input.format);
  if (!parsed.ok) throw new AppError('validation_failed', parsed.message, { details: parsed.details });
  await mutateDraft(ctx, input.revision, () => ({
    document: parsed.document,
    action: 'strategy.imported',
    targetType: 'strategy',
    note: { format: input.format },
    result: null,
  }));
  return loadState(ctx);
}
