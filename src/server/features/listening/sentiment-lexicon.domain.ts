/**
 * Longest-match lexicon lookup for scripts written without spaces (Thai, Chinese): a character trie
 * walked from each position, so a text is scanned once without building substrings.
 */
export type LexiconEntry<T> = { value: T; length: number };

type TrieNode<T> = { next: Map<number, TrieNode<T>>; entry?: LexiconEntry<T> };

/** `starts` marks the UTF-16 units that begin some word: most characters are rejected by it alone. */
export type Lexicon<T> = { root: TrieNode<T>; size: number; starts: Uint8Array };

export function buildLexicon<T>(entries: Iterable<readonly [string, T]>): Lexicon<T> {
  const root: TrieNode<T> = { next: new Map() };
  const starts = new Uint8Array(0x10000);
  let size = 0;
  for (const [word, value] of entries) {
    if (word.length === 0) throw new Error('a lexicon word is empty');
    let node = root;
    starts[word.charCodeAt(0)] = 1;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map() };
        node.next.set(code, child);
      }
      node = child;
    }
    if (!node.entry) size++;
    // A word listed twice keeps its last value: later, more specific lists override earlier ones.
    node.entry = { value, length: word.length };
  }
  return { root, size, starts };
}

/** The longest entry starting at `start`, if any. */
export function longestMatch<T>(lexicon: Lexicon<T>, text: string, start: number): LexiconEntry<T> | undefined {
  if (lexicon.starts[text.charCodeAt(start)] !== 1) return undefined;
  let node: TrieNode<T> | undefined = lexicon.root;
  let found: LexiconEntry<T> | undefined;
  for (let i = start; i < text.length; i++) {
    node = node.next.get(text.charCodeAt(i));
    if (!node) break;
    if (node.entry) found = node.entry;
  }
  return found;
}

export type LexiconMatch<T> = { start: number; end: number; value: T };

/** Matches left to right; a match hides the shorter words inside it ("不错" is not "不" + "错"). */
export function scanLexicon<T>(lexicon: Lexicon<T>, text: string): LexiconMatch<T>[] {
  const matches: LexiconMatch<T>[] = [];
  let i = 0;
  while (i < text.length) {
    const entry = longestMatch(lexicon, text, i);
    if (entry) {
      matches.push({ start: i, end: i + entry.length, value: entry.value });
      i += entry.length;
    } else {
      i++;
    }
  }
  return matches;
}
