import { type Token, tokenizeTopicQuery } from './topic-query.lexer.ts';
import { MAX_QUERY_LENGTH, type ParsedTopicQuery, type QueryNode, type TopicQueryError } from './topic-query.schemas.ts';

/*
 * Recursive descent that keeps going after a mistake, so the editor can underline every problem
 * of a query at once, not one per keystroke. Grammar (NOT > AND > OR):
 *   or    := and ("OR" and)*
 *   and   := unary (("AND")? unary)*
 *   unary := ("NOT" | "-") unary | "(" or ")" | operand
 */

type State = { tokens: Token[]; pos: number; errors: TopicQueryError[] };

function peek(s: State): Token | undefined {
  return s.tokens[s.pos];
}

function startsOperand(t: Token | undefined): boolean {
  return t !== undefined && (t.type === 'operand' || t.type === 'lparen' || t.type === 'not');
}

function combine(kind: 'and' | 'or', nodes: (QueryNode | null)[]): QueryNode | null {
  const children: QueryNode[] = [];
  for (const node of nodes) {
    if (node === null) continue;
    if (node.kind === kind) children.push(...node.children);
    else children.push(node);
  }
  if (children.length === 0) return null;
  return children.length === 1 ? (children[0] ?? null) : { kind, children };
}

function dangling(s: State, t: Token): void {
  s.errors.push({ code: 'dangling_operator', start: t.start, end: t.end });
}

function parseUnary(s: State): QueryNode | null {
  const t = peek(s);
  if (t === undefined) return null;
  s.pos++;
  switch (t.type) {
    case 'operand':
      return t.node;
    case 'not': {
      if (!startsOperand(peek(s))) {
        dangling(s, t);
        return null;
      }
      const child = parseUnary(s);
      return child === null ? null : { kind: 'not', child };
    }
    case 'lparen': {
      const next = peek(s);
      if (next?.type === 'rparen') {
        s.pos++;
        s.errors.push({ code: 'empty_group', start: t.start, end: next.end });
        return null;
      }
      const inner = parseOr(s);
      if (peek(s)?.type === 'rparen') s.pos++;
      else s.errors.push({ code: 'unbalanced_parenthesis', start: t.start, end: t.end });
      return inner;
    }
    case 'rparen':
      s.pos--;
      return null;
    default:
      // AND / OR where an operand should be: report it and read what follows.
      dangling(s, t);
      return parseUnary(s);
  }
}

function parseAnd(s: State): QueryNode | null {
  const nodes = [parseUnary(s)];
  for (;;) {
    const t = peek(s);
    if (t === undefined || t.type === 'rparen' || t.type === 'or') break;
    if (t.type === 'and') {
      s.pos++;
      if (startsOperand(peek(s))) nodes.push(parseUnary(s));
      else dangling(s, t);
    } else {
      nodes.push(parseUnary(s));
    }
  }
  return combine('and', nodes);
}

function parseOr(s: State): QueryNode | null {
  const nodes = [parseAnd(s)];
  for (let t = peek(s); t?.type === 'or'; t = peek(s)) {
    s.pos++;
    const next = peek(s);
    if (startsOperand(next) || next?.type === 'and') nodes.push(parseAnd(s));
    else dangling(s, t);
  }
  return combine('or', nodes);
}

/** Kleene logic with no term found and filters unknown: false means "needs a term to match". */
function withoutHits(node: QueryNode): boolean | null {
  switch (node.kind) {
    case 'lang':
    case 'source':
      return null;
    case 'not': {
      const v = withoutHits(node.child);
      return v === null ? null : !v;
    }
    case 'and': {
      const values = node.children.map(withoutHits);
      return values.includes(false) ? false : values.includes(null) ? null : true;
    }
    case 'or': {
      const values = node.children.map(withoutHits);
      return values.includes(true) ? true : values.includes(null) ? null : false;
    }
    default:
      return false;
  }
}

export function parseTopicQuery(query: string): ParsedTopicQuery {
  if (query.length > MAX_QUERY_LENGTH) {
    return { ok: false, errors: [{ code: 'query_too_long', start: MAX_QUERY_LENGTH, end: query.length }] };
  }
  if (query.trim() === '') return { ok: false, errors: [{ code: 'empty_query', start: 0, end: query.length }] };
  const errors: TopicQueryError[] = [];
  const s: State = { tokens: tokenizeTopicQuery(query, errors), pos: 0, errors };
  const parts = [parseOr(s)];
  while (s.pos < s.tokens.length) {
    const stray = s.tokens[s.pos++];
    if (stray) errors.push({ code: 'unbalanced_parenthesis', start: stray.start, end: stray.end });
    parts.push(parseOr(s));
  }
  const ast = combine('and', parts);
  if (errors.length === 0 && (ast === null || withoutHits(ast) !== false)) {
    // A topic must name something to look for: `NOT spam` or `lang:th` alone would take in everything.
    errors.push({ code: 'no_positive_term', start: 0, end: query.length });
  }
  if (errors.length > 0 || ast === null) {
    errors.sort((a, b) => a.start - b.start || a.end - b.end);
    return { ok: false, errors };
  }
  return { ok: true, ast };
}

/** Every problem of a query, in reading order; empty when it is valid. */
export function validateTopicQuery(query: string): TopicQueryError[] {
  const parsed = parseTopicQuery(query);
  return parsed.ok ? [] : parsed.errors;
}
