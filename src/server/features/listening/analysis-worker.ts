import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { installLanguageTables } from '../../../shared/listening/language-detect.domain.ts';
import type { AnalysisReply, AnalysisRequest, AnalysisWorkerData } from './analysis-pool.ts';
import { type AnalysisContext, compileAnalysis } from './mention-analysis.domain.ts';
import { analyseBatch, batchBuffers } from './mention-batch.domain.ts';

/*
 * One analysis thread. It keeps the compiled topics, dictionary and models of the last few
 * workspace versions it was sent; a request naming a version it does not hold is answered with
 * `needConfig`, and the pool sends it again with the configuration.
 */

/** Below the process's own priority by what `nice` gives (the thread starts at the process's). */
const ANALYSIS_NICENESS_STEP = 10;
const LOWEST_NICENESS = 19;

/**
 * Analysis threads give way to the main thread: it alone writes the database and answers requests,
 * so every batch waits for it, and with two analysis threads on two cores the three compete. Linux
 * sets niceness per thread; the thread finds its own id in /proc. Elsewhere the threads keep the
 * process's priority.
 */
function lowerThisThreadsPriority(): void {
  try {
    const thread = Number(readlinkSync('/proc/thread-self').split('/').pop());
    // Relative, so a process started under `nice` still ranks its threads below its main thread.
    if (Number.isInteger(thread) && thread > 0) setPriority(thread, Math.min(LOWEST_NICENESS, getPriority(thread) + ANALYSIS_NICENESS_STEP));
  } catch {
    // No /proc (macOS, Windows) or not allowed: the default priority only costs throughput.
  }
}

installLanguageTables((workerData as AnalysisWorkerData).languageTables);
lowerThisThreadsPriority();

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
  return { id: request.id, batch: analyseBatch(ctx, request) };
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
