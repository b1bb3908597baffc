import { ensureLanguageTables } from '../src/server/features/listening/language-tables.ts';
import { prepareMentionText } from '../src/shared/listening/mention-text.domain.ts';
import { compileTopics } from '../src/shared/listening/topic-matcher.domain.ts';
import { compileWordDictionary, countWordsInBase } from '../src/shared/listening/word-stats.domain.ts';
import { generateBrands, generateMentions, generateTopics } from './listening-mentions.fixtures.ts';

/*
 * The text core of listening on one core: normalise + detect language + match 200 topics, then
 * word statistics, then a bare Intl.Segmenter loop over the same texts for comparison.
 * `npm run bench:listening-text [-- count]`; the target for the first figure is 60,000/s.
 */

await ensureLanguageTables();

const COUNT = Number(process.argv[2] ?? 200_000);
const TOPICS = 200;
const TARGET = 60_000;

const brands = generateBrands(TOPICS);
const topics = generateTopics(brands);
const mentions = generateMentions(COUNT, brands);

/**
 * CPU time of this process, not wall time: the machine is shared, and CPU time is what one core
 * of our own would spend. Wall time is reported beside it.
 */
function time<T>(run: () => T): { ms: number; wallMs: number; result: T } {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(cpu);
  return { ms: (used.user + used.system) / 1000, wallMs: performance.now() - started, result };
}

const compiled = time(() => compileTopics(topics));
const matcher = compiled.result;
const dictionary = compileWordDictionary(brands.flatMap((b) => [b.latin, b.thai, b.han]));

function analyse(): { matched: number; languages: Map<string, number>; bases: string[]; langs: string[] } {
  let matched = 0;
  const languages = new Map<string, number>();
  const bases: string[] = new Array(mentions.length);
  const langs: string[] = new Array(mentions.length);
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i];
    if (!mention) continue;
    const { base, folded, language } = prepareMentionText(mention.text);
    const found = matcher.matchNormalised(folded, language, mention.source);
    if (found.length > 0) matched++;
    languages.set(language, (languages.get(language) ?? 0) + 1);
    bases[i] = base;
    langs[i] = language;
  }
  return { matched, languages, bases, langs };
}

function wordStats(bases: string[], langs: string[]): number {
  const counts = new Map<string, number>();
  for (let i = 0; i < bases.length; i++) countWordsInBase(counts, bases[i] ?? '', langs[i] ?? 'und', dictionary);
  return counts.size;
}

function bareSegmenter(bases: string[], langs: string[]): number {
  const segmenters = new Map<string, Intl.Segmenter>();
  let words = 0;
  for (let i = 0; i < bases.length; i++) {
    const language = langs[i]?.startsWith('th') ? 'th' : langs[i]?.startsWith('zh') ? 'zh' : 'en';
    let segmenter = segmenters.get(language);
    if (!segmenter) {
      segmenter = new Intl.Segmenter(language, { granularity: 'word' });
      segmenters.set(language, segmenter);
    }
    for (const part of segmenter.segment(bases[i] ?? '')) if (part.isWordLike) words++;
  }
  return words;
}

const rate = (ms: number) => Math.round(mentions.length / (ms / 1000));
const wall = (run: { wallMs: number }) => `, wall clock ${format(rate(run.wallMs))}/s`;
const format = (n: number) => n.toLocaleString('en-US');

analyse(); // warm-up: JIT and the lazily built segmenter and eld tables
const pipeline = time(analyse);
const { bases, langs } = pipeline.result;
wordStats(bases.slice(0, 20_000), langs.slice(0, 20_000));
const stats = time(() => wordStats(bases, langs));
bareSegmenter(bases.slice(0, 20_000), langs.slice(0, 20_000));
const bare = time(() => bareSegmenter(bases, langs));

const averageLength = Math.round(mentions.reduce((sum, m) => sum + m.text.length, 0) / mentions.length);
console.log(`mentions: ${format(mentions.length)} (average ${averageLength} chars), topics: ${matcher.topicCount} compiled in ${compiled.ms.toFixed(0)} ms`);
console.log(`languages: ${[...pipeline.result.languages].sort((a, b) => b[1] - a[1]).map(([l, n]) => `${l} ${format(n)}`).join(', ')}`);
console.log(`mentions matching a topic: ${format(pipeline.result.matched)}`);
console.log('mentions per second of CPU time on one core:');
console.log(`  normalise + detect + match: ${format(rate(pipeline.ms))}/s (target ${format(TARGET)}: ${rate(pipeline.ms) >= TARGET ? 'met' : 'NOT met'}${wall(pipeline)})`);
console.log(`  word statistics:            ${format(rate(stats.ms))}/s (${format(stats.result)} distinct words${wall(stats)})`);
console.log(`  bare Intl.Segmenter loop:   ${format(rate(bare.ms))}/s (${format(bare.result)} words${wall(bare)})`);
console.log(`word statistics / bare segmenter: ${(rate(stats.ms) / rate(bare.ms)).toFixed(2)}`);
