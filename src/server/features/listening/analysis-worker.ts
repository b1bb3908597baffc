import { parentPort, workerData } from 'node:worker_threads';
import { installLanguageTables } from '../../../shared/listening/language-detect.domain.ts';
import type { AnalysisReply, AnalysisRequest, AnalysisWorkerData } from './analysis-pool.ts';
import { type AnalysisContext, analyseMentions, compileAnalysis } from './mention-analysis.domain.ts';
import { batchBuffers, prepareBatch } from './mention-batch.domain.ts';

/*
 * One analysis thread. It keeps the compiled topics, dictionary and models of the last few
 * workspace versions it was sent; a request naming a version it does not hold is answered with
 * `needConfig`, and the pool sends it again with the configuration.
 */

installLanguageTables((workerData as AnalysisWorkerData).languageTables);

const KEPT_VERSIONS = 4;
const compiled = new Map<string, AnalysisContext>();

function contextFor(request: AnalysisRequest): AnalysisContext | undefined {
  if (request.config) {
    compiled.delete(request.key);
    if (compiled.size >= KEPT_VERSIONS) compiled.delete(compiled.keys().next().value!);
    compiled.set(request.key, compileAnalysis(request.config));
  }
  return compiled.get(request.key);
}

function answer(request: AnalysisRequest): AnalysisReply {
  const ctx = contextFor(request);
  if (!ctx) return { id: request.id, needConfig: true };
  return { id: request.id, batch: prepareBatch(analyseMentions(ctx, request.mentions, request.source, request.defaultChannel, request.nowMs)) };
}

parentPort!.on('message', (request: AnalysisRequest) => {
  let reply: AnalysisReply;
  try {
    reply = answer(request);
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  // The mention columns move to the calling thread instead of being copied.
  parentPort!.postMessage(reply, 'batch' in reply ? batchBuffers(reply.batch) : []);
});
