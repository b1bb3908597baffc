import { buildAutomaton } from './aho-corasick.domain.ts';
import { isSpacedWordUnit, isTagUnit } from './char-class.domain.ts';
import { normaliseForMatching } from './text-normalise.domain.ts';
import { parseTopicQuery } from './topic-query.parser.ts';
import type { QueryAtom, QueryNode, TopicQueryError } from './topic-query.schemas.ts';

/*
 * Every topic's terms go into one Aho-Corasick automaton over normalised text (NFKC, case folded,
 * Traditional folded to Simplified), so one pass finds the terms of hundreds of topics; then each
 * topic that had a hit evaluates its boolean query on the set of hits. A valid query cannot match
 * without a hit (the parser refuses `NOT x` alone), so topics without one are never evaluated.
 *
 * Boundaries: a term edge in a spaced script (Latin, Cyrillic, Hangul, digits) must not touch a
 * letter or digit of a spaced script ("cat" is not in "category", but is in "ซื้อcat"); Thai and
 * Chinese edges match anywhere, as those scripts write no spaces. #tag and @handle must start a
 * token and end where the tag does (any script's letters continue it; a handle may go on with
 * "@instance" or ".domain").
 */

export type TopicDefinition = { id: string; query: string };
export type MentionForMatching = { text: string; language: string; source: string };
/** `terms` are the query words that were found, as typed (#tag, @handle, "phrase"), for highlighting. */
export type TopicMatch = { topicId: string; terms: string[] };
export type RejectedTopic = { topicId: string; errors: TopicQueryError[] };

export type TopicMatcher = {
  readonly topicCount: number;
  /** Topics whose query no longer parses; they never match, the caller decides how to tell. */
  readonly rejected: readonly RejectedTopic[];
  match(mention: MentionForMatching): TopicMatch[];
  /** For callers that already hold `normaliseForMatching(text)`. */
  matchNormalised(folded: string, language: string, source: string): TopicMatch[];
};

type PatternKind = 'word' | 'hashtag' | 'handle';
type Pattern = { text: string; kind: PatternKind; leftEdge: boolean; rightEdge: boolean };
type Context = { stamp: Uint32Array; generation: number; language: string; source: string };
type Evaluate = (ctx: Context) => boolean;
type CompiledTopic = { id: string; evaluate: Evaluate; atoms: { pattern: number; display: string }[] };

function atomPattern(atom: QueryAtom): Pattern {
  const body = normaliseForMatching(atom.text);
  if (atom.kind === 'hashtag' || atom.kind === 'handle') {
    const text = (atom.kind === 'hashtag' ? '#' : '@') + body;
    return { text, kind: atom.kind, leftEdge: true, rightEdge: true };
  }
  const left = isSpacedWordUnit(body.charCodeAt(0));
  const right = isSpacedWordUnit(body.charCodeAt(body.length - 1));
  return { text: body, kind: 'word', leftEdge: left, rightEdge: right };
}

function display(atom: QueryAtom): string {
  if (atom.kind === 'hashtag') return `#${atom.text}`;
  if (atom.kind === 'handle') return `@${atom.text}`;
  return atom.kind === 'phrase' ? `"${atom.text}"` : atom.text;
}

function languageMatches(filter: string, language: string): boolean {
  return language === filter || (language.startsWith(filter) && language.charCodeAt(filter.length) === 0x2d);
}

export function compileTopics(topics: readonly TopicDefinition[]): TopicMatcher {
  const patterns: Pattern[] = [];
  const patternIds = new Map<string, number>();
  const rejected: RejectedTopic[] = [];
  const compiled: CompiledTopic[] = [];

  function patternId(atom: QueryAtom): number {
    const pattern = atomPattern(atom);
    const key = `${pattern.kind}\u0000${pattern.text}`;
    let id = patternIds.get(key);
    if (id === undefined) {
      id = patterns.length;
      patterns.push(pattern);
      patternIds.set(key, id);
    }
    return id;
  }

  function compileNode(node: QueryNode, positive: boolean, atoms: CompiledTopic['atoms']): Evaluate {
    switch (node.kind) {
      case 'and': {
        const parts = node.children.map((c) => compileNode(c, positive, atoms));
        return (ctx) => {
          for (const part of parts) if (!part(ctx)) return false;
          return true;
        };
      }
      case 'or': {
        const parts = node.children.map((c) => compileNode(c, positive, atoms));
        return (ctx) => {
          for (const part of parts) if (part(ctx)) return true;
          return false;
        };
      }
      case 'not': {
        const inner = compileNode(node.child, !positive, atoms);
        return (ctx) => !inner(ctx);
      }
      case 'lang': {
        const filter = node.language.toLowerCase();
        return (ctx) => languageMatches(filter, ctx.language);
      }
      case 'source': {
        const source = node.source;
        return (ctx) => ctx.source === source;
      }
      default: {
        const id = patternId(node);
        if (positive) atoms.push({ pattern: id, display: display(node) });
        return (ctx) => ctx.stamp[id] === ctx.generation;
      }
    }
  }

  for (const topic of topics) {
    const parsed = parseTopicQuery(topic.query);
    if (!parsed.ok) {
      rejected.push({ topicId: topic.id, errors: parsed.errors });
      continue;
    }
    const atoms: CompiledTopic['atoms'] = [];
    const evaluate = compileNode(parsed.ast, true, atoms);
    compiled.push({ id: topic.id, evaluate, atoms });
  }

  // Topics by the patterns they look for (not those they exclude): a query that holds with none
  // of its positive terms found cannot hold, so only these topics need evaluating.
  const patternTopics: number[][] = patterns.map(() => []);
  compiled.forEach((topic, index) => {
    for (const id of new Set(topic.atoms.map((a) => a.pattern))) patternTopics[id]?.push(index);
  });
  const automaton = buildAutomaton(patterns.map((p) => p.text));
  const lengths = Int32Array.from(patterns, (p) => p.text.length);
  const kinds = patterns.map((p) => p.kind);
  const edges = Uint8Array.from(patterns, (p) => (p.leftEdge ? 1 : 0) | (p.rightEdge ? 2 : 0));
  const stamp = new Uint32Array(patterns.length);
  const topicStamp = new Uint32Array(compiled.length);

  function accepts(text: string, id: number, end: number): boolean {
    const start = end - (lengths[id] ?? 0);
    const edge = edges[id] ?? 0;
    const before = start > 0 ? text.charCodeAt(start - 1) : -1;
    const after = end < text.length ? text.charCodeAt(end) : -1;
    const kind = kinds[id];
    if (kind === 'word') {
      if (edge & 1 && before >= 0 && isSpacedWordUnit(before)) return false;
      return !(edge & 2 && after >= 0 && isSpacedWordUnit(after));
    }
    if (before >= 0 && (isTagUnit(before) || before === 0x23 || before === 0x40)) return false;
    if (after < 0) return true;
    return !(isTagUnit(after) || (kind === 'handle' && after === 0x2d));
  }

  // One scan state per matcher, reused: matching allocates nothing unless a topic is found.
  const ctx: Context = { stamp, generation: 0, language: '', source: '' };
  const candidates: number[] = [];
  let scanned = '';
  function onHit(id: number, end: number): void {
    const gen = ctx.generation;
    if (stamp[id] === gen || !accepts(scanned, id, end)) return;
    stamp[id] = gen;
    for (const t of patternTopics[id] ?? []) {
      if (topicStamp[t] !== gen) {
        topicStamp[t] = gen;
        candidates.push(t);
      }
    }
  }

  function matchNormalised(folded: string, language: string, source: string): TopicMatch[] {
    ctx.generation = ctx.generation === 0xffffffff ? 1 : ctx.generation + 1;
    if (ctx.generation === 1) {
      stamp.fill(0);
      topicStamp.fill(0);
    }
    candidates.length = 0;
    scanned = folded;
    automaton.scan(folded, onHit);
    scanned = '';
    if (candidates.length === 0) return [];
    ctx.language = language.toLowerCase();
    ctx.source = source;
    const gen = ctx.generation;
    const matches: TopicMatch[] = [];
    for (const index of candidates.sort((a, b) => a - b)) {
      const topic = compiled[index];
      if (!topic?.evaluate(ctx)) continue;
      const terms = [...new Set(topic.atoms.filter((a) => stamp[a.pattern] === gen).map((a) => a.display))];
      matches.push({ topicId: topic.id, terms });
    }
    return matches;
  }

  return {
    topicCount: compiled.length,
    rejected,
    matchNormalised,
    match: (mention) => matchNormalised(normaliseForMatching(mention.text), mention.language, mention.source),
  };
}
