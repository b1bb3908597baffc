/*
 * Aho-Corasick over UTF-16 code units: one pass over a text reports every occurrence of every
 * pattern, however many patterns there are. The root keeps a full 64K table (most characters of a
 * mention leave the root at once); deeper states keep a Map of their few transitions. Outputs
 * are merged along dictionary suffix links at build time, so scanning never walks them.
 */

export type Automaton = {
  readonly patternCount: number;
  /** Calls `onHit(patternIndex, end)` for every occurrence; `end` is exclusive, in code units. */
  scan(text: string, onHit: (pattern: number, end: number) => void): void;
};

export function buildAutomaton(patterns: readonly string[]): Automaton {
  const transitions: Map<number, number>[] = [new Map()];
  const own: number[][] = [[]];
  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) return;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      let next = transitions[state]?.get(c);
      if (next === undefined) {
        next = transitions.length;
        transitions.push(new Map());
        own.push([]);
        transitions[state]?.set(c, next);
      }
      state = next;
    }
    own[state]?.push(index);
  });

  const stateCount = transitions.length;
  const fail = new Int32Array(stateCount);
  const outputs: number[][] = own.map((list) => [...list]);
  const root = new Int32Array(0x10000);
  const queue: number[] = [];
  for (const [c, next] of transitions[0] ?? []) {
    root[c] = next;
    queue.push(next);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] ?? 0;
    for (const [c, next] of transitions[state] ?? []) {
      let f = fail[state] ?? 0;
      while (f !== 0 && !transitions[f]?.has(c)) f = fail[f] ?? 0;
      const target = f === 0 ? (root[c] ?? 0) : (transitions[f]?.get(c) ?? 0);
      fail[next] = target === next ? 0 : target;
      // BFS order: the fail target's outputs are already complete.
      outputs[next] = [...(outputs[next] ?? []), ...(outputs[fail[next] ?? 0] ?? [])];
      queue.push(next);
    }
  }

  const outStart = new Int32Array(stateCount + 1);
  let total = 0;
  for (let s = 0; s < stateCount; s++) {
    outStart[s] = total;
    total += outputs[s]?.length ?? 0;
  }
  outStart[stateCount] = total;
  const outList = new Int32Array(total);
  for (let s = 0; s < stateCount; s++) outList.set(outputs[s] ?? [], outStart[s] ?? 0);

  return {
    patternCount: patterns.length,
    scan(text, onHit) {
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        for (;;) {
          if (state === 0) {
            state = root[c] ?? 0;
            break;
          }
          const next = transitions[state]?.get(c);
          if (next !== undefined) {
            state = next;
            break;
          }
          state = fail[state] ?? 0;
        }
        const from = outStart[state] ?? 0;
        const to = outStart[state + 1] ?? 0;
        for (let k = from; k < to; k++) onHit(outList[k] ?? 0, i + 1);
      }
    },
  };
}
