import type { SourceKind } from '../../../shared/api/listening.schemas.ts';
import type { Db } from '../../db/database.ts';
import { type AnalysisPool, sharedAnalysisPool } from './analysis-pool.ts';
import type { IncomingMention } from './mention-analysis.domain.ts';
import { loadWorkspaceAnalysis, type WorkspaceAnalysis } from './mention-ingest-config.service.ts';
import { type StoreResult, storeMentions } from './mention-store.service.ts';
import { dayIn } from './listening-days.domain.ts';
import { closedDays, compactTermRollups } from './term-compaction.service.ts';

/*
 * The one way mentions enter a workspace, whatever their source (file import, feed, webhook):
 * analyse, store the new ones, update the rollups, then tell `onIngested` which days changed
 * (alerts look at those). `createIngestPipeline` does the same for a long stream of batches,
 * analysing the next batches on the worker threads while the current one is written, and at the
 * end trims the term rollups of the past days it filled (term-compaction.service.ts).
 */

export type IngestTarget = {
  workspaceId: string;
  sourceId: string | null;
  sourceKind: SourceKind;
  /** Channel of mentions that name none and have no link (a file's "channel" option). */
  defaultChannel?: string;
};
export type IngestInput = IngestTarget & { candidates: readonly IncomingMention[] };
export type IngestResult = { accepted: number; duplicates: number };

export type IngestDeps = {
  pool?: AnalysisPool;
  onIngested?: (workspaceId: string, days: string[]) => Promise<void> | void;
  now?: () => Date;
};

/** Sources that are a network name their channel after it; a file or webhook says its own. */
function defaultChannelOf(target: IngestTarget): string {
  if (target.defaultChannel) return target.defaultChannel;
  return target.sourceKind === 'file' || target.sourceKind === 'webhook' ? 'other' : target.sourceKind;
}

async function analyseAndStore(db: Db, target: IngestTarget, analysis: WorkspaceAnalysis, candidates: readonly IncomingMention[], deps: IngestDeps) {
  const pool = deps.pool ?? sharedAnalysisPool();
  const batch = await pool.analyse({
    key: analysis.key,
    config: analysis.config,
    source: target.sourceKind,
    defaultChannel: defaultChannelOf(target),
    nowMs: (deps.now?.() ?? new Date()).getTime(),
    mentions: candidates as IncomingMention[],
  });
  return storeMentions(db, target, batch);
}

export async function ingestMentions(db: Db, input: IngestInput, deps: IngestDeps = {}): Promise<IngestResult> {
  const { candidates, ...target } = input;
  if (candidates.length === 0) return { accepted: 0, duplicates: 0 };
  const analysis = await loadWorkspaceAnalysis(db, target.workspaceId);
  const result = await analyseAndStore(db, target, analysis, candidates, deps);
  if (result.days.length > 0) await deps.onIngested?.(target.workspaceId, result.days);
  return { accepted: result.accepted, duplicates: result.duplicates };
}

export type IngestPipeline<M> = {
  /** Queues a batch; resolves once there is room for another (earlier batches may be stored by then). */
  push(candidates: readonly IncomingMention[], meta: M): Promise<void>;
  /** Stores what is still queued; rejects with the first failure. */
  finish(): Promise<void>;
};

type Queued<M> = { analysed: Promise<StoreResult>; meta: M };
const CONFIG_REFRESH_MS = 30_000;

/**
 * Batches are stored in the order they were pushed, and `onStored` runs after each (progress,
 * rejected rows), so whatever was reported stored is stored. At most `pool.size + 1` batches are
 * held at once, which bounds memory whatever the length of the stream.
 */
export function createIngestPipeline<M>(
  db: Db,
  target: IngestTarget,
  deps: IngestDeps & { onStored: (result: IngestResult, meta: M) => Promise<void> | void },
): IngestPipeline<M> {
  const pool = deps.pool ?? sharedAnalysisPool();
  const depth = pool.size + 1;
  const queue: Queued<M>[] = [];
  const changedDays = new Set<string>();
  let analysis: { loaded: WorkspaceAnalysis; at: number } | undefined;
  // Writes are chained: each waits for the one before (whatever order analysis ends in), and after
  // a failure the later batches are not written at all.
  let lastWrite: Promise<unknown> = Promise.resolve();

  async function current(): Promise<WorkspaceAnalysis> {
    if (!analysis || Date.now() - analysis.at > CONFIG_REFRESH_MS) analysis = { loaded: await loadWorkspaceAnalysis(db, target.workspaceId), at: Date.now() };
    return analysis.loaded;
  }

  async function storeOldest(): Promise<void> {
    const head = queue.shift();
    if (!head) return;
    const result = await head.analysed;
    for (const day of result.days) changedDays.add(day);
    await deps.onStored({ accepted: result.accepted, duplicates: result.duplicates }, head.meta);
  }

  return {
    async push(candidates, meta) {
      const loaded = await current();
      const prepared = pool.analyse({
        key: loaded.key,
        config: loaded.config,
        source: target.sourceKind,
        defaultChannel: defaultChannelOf(target),
        nowMs: (deps.now?.() ?? new Date()).getTime(),
        mentions: candidates as IncomingMention[],
      }, { inThread: false });
      prepared.catch(() => {});
      const analysed = lastWrite.then(async () => storeMentions(db, target, await prepared));
      // Failures surface when the batch's turn comes in storeOldest, not as unhandled rejections.
      analysed.catch(() => {});
      lastWrite = analysed;
      queue.push({ analysed, meta });
      while (queue.length > depth) await storeOldest();
    },
    async finish() {
      while (queue.length > 0) await storeOldest();
      if (changedDays.size === 0) return;
      const days = [...changedDays].sort();
      changedDays.clear();
      if (analysis) {
        const today = dayIn(analysis.loaded.config.timeZone, deps.now?.() ?? new Date());
        await compactTermRollups(db, { workspaceId: target.workspaceId, days: closedDays(days, today), today });
      }
      await deps.onIngested?.(target.workspaceId, days);
    },
  };
}
