/**
 * `node bench/listening-generate.ts FILE COUNT [TOPICS]`: writes the ingest benchmark's NDJSON
 * file. The benchmark runs it as a child process, so that generating a million mentions leaves
 * nothing in the memory of the process it measures.
 */
import { benchTopics, writeMentionsNdjson } from './listening-ingest.fixtures.ts';

const [file, count, topics] = process.argv.slice(2);
if (!file || !count) throw new Error('usage: node bench/listening-generate.ts FILE COUNT [TOPICS]');
const { brands } = benchTopics(Number(topics ?? 20));
const bytes = writeMentionsNdjson(file, Number(count), brands);
process.stdout.write(`${bytes}\n`);
