import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { StartupError } from '../lib/app-error.ts';
import { parseLabelledJsonl } from '../features/listening/sentiment-dataset.domain.ts';
import { trainThaiModel } from '../features/listening/sentiment-th.domain.ts';

/**
 * `socialplan sentiment train --data FILE.jsonl --out PATH`: trains the default Thai sentiment model.
 * Deterministic (fixed seed and order), so the same data always gives the same file.
 */
export function runSentiment(sub: string | undefined, flags: { data?: string | undefined; out?: string | undefined }): number {
  if (sub !== 'train') throw new StartupError(`Unknown sentiment command "${sub ?? ''}". Use: socialplan sentiment train --data FILE.jsonl --out PATH`);
  if (!flags.data) throw new StartupError('sentiment train needs --data FILE.jsonl (one {"text","label"} object per line).');
  if (!flags.out) throw new StartupError('sentiment train needs --out PATH for the model file.');
  let content: string;
  try {
    content = readFileSync(flags.data, 'utf8');
  } catch (error) {
    throw new StartupError(`cannot read ${flags.data}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let examples: ReturnType<typeof parseLabelledJsonl>;
  try {
    examples = parseLabelledJsonl(content, path.basename(flags.data));
  } catch (error) {
    throw new StartupError((error as Error).message);
  }
  if (examples.length === 0) throw new StartupError(`${flags.data} holds no examples.`);
  const started = performance.now();
  const model = trainThaiModel(examples);
  const json = `${JSON.stringify(model)}\n`;
  writeFileSync(flags.out, json);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Trained on ${examples.length} examples in ${seconds} s; wrote ${flags.out} (${Math.round(json.length / 1024)} KiB).`);
  return 0;
}
