import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { MentionSource } from '../../../shared/listening/topic-query.schemas.ts';
import type { AnalysisConfig, AnalysisContext, IncomingMention } from './mention-analysis.domain.ts';
import type { PreparedBatch } from './mention-batch.domain.ts';
import { ensureLanguageTables, languageTables } from './language-tables.ts';

/*
 * Mention analysis on worker threads, one per core, so ingest uses both cores of a small server
 * while the main thread parses files and talks to the database. A workspace's configuration is
 * compiled once per version in each worker (see analysis-worker.ts). Small batches (a webhook
 * call, a feed poll) are analysed in the calling thread: a round trip would cost more than it saves.
 * The analysis code (with its language and sentiment tables) is only loaded where it runs.
 */

export type AnalysisTask = {
  /** Changes whenever the workspace's topics, words, models or time zone change. */
  key: string;
  config: AnalysisConfig;
  source: MentionSource;
  defaultChannel: string;
  nowMs: number;
  mentions: IncomingMention[];
};

export type AnalysisRequest = { id: number; config?: AnalysisConfig } & Omit<AnalysisTask, 'config'>;
/** Every thread detects languages with the process's one packed copy of eld's tables. */
export type AnalysisWorkerData = { languageTables: SharedArrayBuffer };
export type AnalysisReply =
  | { id: number; batch: PreparedBatch }
  | { id: number; needConfig: true }
  | { id: number; error: string };

export type AnalysisPool = {
  readonly size: number;
  /**
   * Analysed and made ready to store (see mention-batch.domain.ts). A long stream of batches passes
   * `inThread: false`, so that its last, small batch does not load the analysis in the caller too.
   */
  analyse(task: AnalysisTask, options?: { inThread?: boolean }): Promise<PreparedBatch>;
  close(): Promise<void>;
};

export const IN_THREAD_BELOW = 200;
/*
 * V8 sizes a thread's young generation by the machine's memory (up to 128 MB on a server), and it
 * is all touched between collections; analysis keeps little alive from one batch to the next.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16 };
const WORKER_URL = new URL('./analysis-worker.ts', import.meta.url);

type Job = { task: AnalysisTask; withConfig: boolean };
type Pending = { job: Job; resolve: (value: never) => void; reject: (error: Error) => void };
/** `sent`: versions this worker was given (it may have dropped old ones: it then asks again). */
type Slot = { worker: Worker; busy: Pending | null; sent: Set<string> };

const EMPTY_BATCH: PreparedBatch = { received: 0, parts: [], rollupRows: [], daily: [], terms: [], days: [] };
const inThreadContexts = new Map<string, AnalysisContext>();

async function analyseInThread(task: AnalysisTask): Promise<PreparedBatch> {
  const [domain, batch] = await Promise.all([import('./mention-analysis.domain.ts'), import('./mention-batch.domain.ts'), ensureLanguageTables()]);
  let ctx = inThreadContexts.get(task.key);
  if (!ctx) {
    if (inThreadContexts.size >= 4) inThreadContexts.delete(inThreadContexts.keys().next().value!);
    ctx = domain.compileAnalysis(task.config);
    inThreadContexts.set(task.key, ctx);
  }
  return batch.analyseBatch(ctx, task);
}

function requestFor(job: Job, id: number, slot: Slot): AnalysisRequest {
  const { config, ...rest } = job.task;
  const withConfig = job.withConfig || !slot.sent.has(rest.key);
  slot.sent.add(rest.key);
  return { ...rest, id, ...(withConfig ? { config } : {}) };
}

export function createAnalysisPool(options: { size?: number; inThreadBelow?: number } = {}): AnalysisPool {
  // One per core (the calling thread, busy writing to the database, shares a core with one of them):
  // with the language tables shared, a thread costs ~30 MB, so a few more are cheap.
  const size = Math.max(1, options.size ?? Math.min(4, os.availableParallelism()));
  const inThreadBelow = options.inThreadBelow ?? IN_THREAD_BELOW;
  const slots: Slot[] = [];
  const queue: Pending[] = [];
  let nextId = 1;
  let closed = false;
  let workerData: AnalysisWorkerData | undefined;
  let starting = false;

  function dispatch(): void {
    for (const slot of slots) {
      if (slot.busy) continue;
      const pending = queue.shift();
      if (!pending) {
        slot.worker.unref();
        continue;
      }
      slot.busy = pending;
      slot.worker.ref();
      slot.worker.postMessage(requestFor(pending.job, nextId++, slot));
    }
  }

  function spawn(): Slot {
    const slot: Slot = { worker: new Worker(WORKER_URL, { workerData, resourceLimits: WORKER_LIMITS }), busy: null, sent: new Set() };
    slot.worker.on('message', (reply: AnalysisReply) => {
      const pending = slot.busy;
      slot.busy = null;
      if (pending) {
        if ('error' in reply) pending.reject(new Error(`mention analysis failed: ${reply.error}`));
        else if ('needConfig' in reply) queue.unshift({ ...pending, job: { ...pending.job, withConfig: true } });
        else pending.resolve(reply.batch as never);
      }
      dispatch();
    });
    // A worker that dies fails the batch it held (the caller decides to retry) and is replaced.
    const replace = (error: Error) => {
      const index = slots.indexOf(slot);
      if (index === -1) return;
      slot.busy?.reject(error);
      slot.busy = null;
      slots.splice(index, 1);
      if (!closed) slots.push(spawn());
      dispatch();
    };
    slot.worker.on('error', (error) => replace(error));
    slot.worker.on('exit', (code) => replace(new Error(`mention analysis worker stopped (exit code ${code})`)));
    slot.worker.unref();
    return slot;
  }

  // The threads start once the language tables are built; jobs wait in the queue meanwhile.
  function start(): void {
    starting = true;
    languageTables().then(
      (buffer) => {
        workerData = { languageTables: buffer };
        if (closed) return;
        for (let i = 0; i < size; i++) slots.push(spawn());
        dispatch();
      },
      (error: unknown) => {
        starting = false;
        for (const pending of queue.splice(0)) pending.reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  }

  function submit<T>(job: Job): Promise<T> {
    if (closed) return Promise.reject(new Error('the analysis pool is closed'));
    if (slots.length === 0 && !starting) start();
    return new Promise<T>((resolve, reject) => {
      const pending = { job, resolve: resolve as (value: never) => void, reject };
      queue.push(pending);
      dispatch();
    });
  }

  return {
    size,
    analyse(task, { inThread = true } = {}) {
      if (closed) return Promise.reject(new Error('the analysis pool is closed'));
      if (task.mentions.length === 0) return Promise.resolve(EMPTY_BATCH);
      if (inThread && task.mentions.length < inThreadBelow) return analyseInThread(task);
      return submit<PreparedBatch>({ task, withConfig: false });
    },
    async close() {
      closed = true;
      for (const pending of queue.splice(0)) pending.reject(new Error('the analysis pool is closed'));
      const stopping = slots.splice(0).map((slot) => {
        slot.busy?.reject(new Error('the analysis pool is closed'));
        return slot.worker.terminate();
      });
      await Promise.all(stopping);
    },
  };
}

let shared: AnalysisPool | undefined;

/** The process's pool, started on first use; its threads do not keep an idle process alive. */
export function sharedAnalysisPool(): AnalysisPool {
  shared ??= createAnalysisPool();
  return shared;
}
