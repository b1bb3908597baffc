import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { saveEvidenceInputSchema } from '../../../shared/api/listening.schemas.ts';
import type { StrategySectionState } from '../../../shared/api/strategy.schemas.ts';
import type { FindingEvidence } from '../../../shared/strategy/strategy-listening.schemas.ts';
import { LIST_MAX } from '../../../shared/strategy/strategy-common.schemas.ts';
import { type RequestContext, requireWorkspace } from '../../http/request-context.ts';
import { AppError } from '../../lib/app-error.ts';
import { mutateDraft } from '../strategy/strategy-draft.service.ts';
import { getSection } from '../strategy/strategy.service.ts';
import { buildDashboard } from './dashboard.service.ts';
import { evidenceSeries } from './evidence.domain.ts';

type SaveEvidenceInput = z.output<typeof saveEvidenceInputSchema>;

/**
 * Saves a finding with the chart it rests on into the strategy's listening section, through the
 * same revision check as any strategy edit (stale → 409), so the strategy carries its evidence.
 * The numbers are computed here from the rollups, not taken from the client.
 */
export async function saveEvidence(ctx: RequestContext, input: SaveEvidenceInput): Promise<StrategySectionState> {
  const access = requireWorkspace(ctx);
  const { dashboard, topics } = await buildDashboard(ctx.db, access.id, input.query, 'body.query');
  const names = new Map(topics.map((t) => [t.id, t.name]));
  const { from, to, topicId, channel, language } = input.query;
  const evidence: FindingEvidence = {
    chart: input.chart,
    query: { from, to, ...(topicId ? { topicId } : {}), ...(channel ? { channel } : {}), ...(language ? { language } : {}) },
    series: evidenceSeries(input.chart, dashboard, topicId ?? null, (id) => names.get(id) ?? id),
  };
  const finding = { id: randomUUID(), text: input.text, createdAt: ctx.now().toISOString(), evidence };
  await mutateDraft(ctx, input.revision, (current) => {
    if (current.listening.findings.length >= LIST_MAX) {
      throw new AppError('validation_failed', `The strategy holds at most ${LIST_MAX} findings`, { details: [{ path: 'body.text', message: `the listening section already has ${LIST_MAX} findings; remove some first` }] });
    }
    return {
      document: { ...current, listening: { ...current.listening, findings: [...current.listening.findings, finding] } },
      action: 'strategy.listening_evidence_saved',
      targetType: 'strategy_section',
      targetId: 'listening',
      note: { section: 'listening', chart: input.chart, findingId: finding.id },
      result: null,
    };
  });
  return getSection(ctx, 'listening');
}
