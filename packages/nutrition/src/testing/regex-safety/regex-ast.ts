/**
 * A small parser of JavaScript regular expression sources, just enough for the safety rules: it
 * keeps the shape (groups, alternatives, repetitions) and, for each atom that matches one character,
 * its source, so the rules can ask the real RegExp engine which characters it matches.
 */
export type RegexNode =
  | { kind: 'char'; source: string }
  /** Zero-width: anchors, \b, lookarounds (whose body is still checked). */
  | { kind: 'assert'; body: RegexNode[][] | null }
  | { kind: 'group'; alternatives: RegexNode[][] }
  | { kind: 'repeat'; node: RegexNode; min: number; max: number }
  /** A backreference: what it matches depends on the input, so the rules treat it as anything. */
  | { kind: 'backref' };

export class RegexSyntaxError extends Error {}

/** Parses `source` (the text between the slashes); throws RegexSyntaxError on what it cannot read. */
export const parseRegex = (source: string): RegexNode[][] => {
  let at = 0;

  const fail = (why: string): never => {
    throw new RegexSyntaxError(`${why} at ${at} in /${source}/`);
  };

  const escapeSequence = (): RegexNode => {
    const start = at;
    at += 1; // the backslash
    const c = source[at] ?? fail('dangling backslash');
    at += 1;
    if (c === 'b' || c === 'B') return { kind: 'assert', body: null };
    if (/[1-9]/.test(c)) {
      while (/\d/.test(source[at] ?? '')) at += 1;
      return { kind: 'backref' };
    }
    if (c === 'k' && source[at] === '<') {
      at = source.indexOf('>', at) + 1 || fail('unterminated group name');
      return { kind: 'backref' };
    }
    if (c === 'u' && source[at] === '{') at = source.indexOf('}', at) + 1 || fail('unterminated \\u{');
    else if (c === 'u') at += 4;
    else if (c === 'x') at += 2;
    else if (c === 'c') at += 1;
    else if ((c === 'p' || c === 'P') && source[at] === '{')
      at = source.indexOf('}', at) + 1 || fail('unterminated \\p{');
    return { kind: 'char', source: source.slice(start, at) };
  };

  const charClass = (): RegexNode => {
    const start = at;
    at += 1; // [
    if (source[at] === '^') at += 1;
    if (source[at] === ']') at += 1; // a leading ] is a literal in some dialects; harmless here
    while (at < source.length && source[at] !== ']') at += source[at] === '\\' ? 2 : 1;
    if (source[at] !== ']') fail('unterminated character class');
    at += 1;
    return { kind: 'char', source: source.slice(start, at) };
  };

  const group = (): RegexNode => {
    at += 1; // (
    let lookaround = false;
    if (source[at] === '?') {
      const head = source.slice(at, at + 3);
      if (head.startsWith('?:')) at += 2;
      else if (head.startsWith('?=') || head.startsWith('?!')) {
        lookaround = true;
        at += 2;
      } else if (head === '?<=' || head === '?<!') {
        lookaround = true;
        at += 3;
      } else if (head.startsWith('?<')) at = source.indexOf('>', at) + 1 || fail('unterminated group name');
      else fail('unknown group');
    }
    const alternatives = disjunction();
    if (source[at] !== ')') fail('unterminated group');
    at += 1;
    return lookaround ? { kind: 'assert', body: alternatives } : { kind: 'group', alternatives };
  };

  const atom = (): RegexNode => {
    const c = source[at] as string;
    if (c === '\\') return escapeSequence();
    if (c === '[') return charClass();
    if (c === '(') return group();
    at += 1;
    if (c === '^' || c === '$') return { kind: 'assert', body: null };
    return { kind: 'char', source: c };
  };

  /** `*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}` (lazy or not) after an atom, if any. */
  const quantifier = (): { min: number; max: number } | null => {
    const c = source[at];
    let bounds: { min: number; max: number } | null = null;
    if (c === '*') bounds = { min: 0, max: Number.POSITIVE_INFINITY };
    else if (c === '+') bounds = { min: 1, max: Number.POSITIVE_INFINITY };
    else if (c === '?') bounds = { min: 0, max: 1 };
    if (bounds) at += 1;
    else {
      const braces = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at));
      if (!braces) return null;
      at += braces[0].length;
      const min = Number(braces[1]);
      const max = braces[2] === undefined ? min : braces[3] ? Number(braces[3]) : Number.POSITIVE_INFINITY;
      bounds = { min, max };
    }
    if (source[at] === '?') at += 1; // lazy: backtracks just the same
    return bounds;
  };

  const sequence = (): RegexNode[] => {
    const nodes: RegexNode[] = [];
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      const node = atom();
      const bounds = quantifier();
      nodes.push(bounds ? { kind: 'repeat', node, ...bounds } : node);
    }
    return nodes;
  };

  const disjunction = (): RegexNode[][] => {
    const alternatives = [sequence()];
    while (source[at] === '|') {
      at += 1;
      alternatives.push(sequence());
    }
    return alternatives;
  };

  const result = disjunction();
  if (at !== source.length) fail('unbalanced parenthesis');
  return result;
};
