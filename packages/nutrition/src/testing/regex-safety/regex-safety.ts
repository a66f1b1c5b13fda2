import { parseRegex, type RegexNode } from './regex-ast.js';

/**
 * Static checks for catastrophic backtracking, the three shapes that make a backtracking engine
 * exponential or polynomial in the input length:
 * - nested unbounded quantifiers, `(a+)+`, `(\w*\s?)*` (star height above one);
 * - a repeated alternation whose branches can start with the same character, `(a|ab)*`, `(\w|\d)+`;
 * - two unbounded quantifiers in a row over characters they share, `\d+\d*`, `\s*\s*$`.
 * Character sets are not modelled: each one-character atom is asked of the real RegExp engine, on a
 * sample of characters, whether it matches them.
 */
export type RegexFinding = {
  rule: 'nested' | 'overlapping_alternatives' | 'adjacent_overlap';
  detail: string;
};

/** ASCII, plus characters from the wider Unicode classes (\s, \w with u/i flags, letters, digits, emoji). */
const SAMPLES: readonly string[] = [
  ...Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)),
  '\u00a0',
  '\u2028',
  '\u3000',
  'é',
  'ß',
  'K',
  'ſ',
  '½',
  '٣',
  'Ω',
  '中',
  '😀',
];

type CharSet = ReadonlySet<string>;

const union = (sets: Iterable<CharSet>): Set<string> => {
  const all = new Set<string>();
  for (const set of sets) for (const c of set) all.add(c);
  return all;
};
const overlaps = (a: CharSet, b: CharSet): boolean => [...a].some((c) => b.has(c));
const ANY: CharSet = new Set(SAMPLES);

export const checkRegex = (source: string, flags = ''): RegexFinding[] => {
  const findings: RegexFinding[] = [];
  const cache = new Map<string, CharSet>();
  const matchedBy = (atom: string): CharSet => {
    let set = cache.get(atom);
    if (!set) {
      const re = new RegExp(`^(?:${atom})$`, flags.replace(/[gy]/g, ''));
      set = new Set(SAMPLES.filter((c) => re.test(c)));
      cache.set(atom, set);
    }
    return set;
  };

  const nullable = (node: RegexNode): boolean => {
    if (node.kind === 'assert') return true;
    if (node.kind === 'repeat') return node.min === 0 || nullable(node.node);
    if (node.kind === 'group') return node.alternatives.some((seq) => seq.every(nullable));
    return false;
  };

  /** Characters a match of `node` may start with. */
  const first = (node: RegexNode): CharSet => {
    if (node.kind === 'char') return matchedBy(node.source);
    if (node.kind === 'backref') return ANY;
    if (node.kind === 'assert') return new Set();
    if (node.kind === 'repeat') return first(node.node);
    return union(node.alternatives.map(firstOfSequence));
  };
  const firstOfSequence = (seq: readonly RegexNode[]): CharSet => {
    const sets: CharSet[] = [];
    for (const node of seq) {
      sets.push(first(node));
      if (!nullable(node)) break;
    }
    return union(sets);
  };

  /** Every character a match of `node` may contain. */
  const anywhere = (node: RegexNode): CharSet => {
    if (node.kind === 'char') return matchedBy(node.source);
    if (node.kind === 'backref') return ANY;
    if (node.kind === 'assert') return new Set();
    if (node.kind === 'repeat') return anywhere(node.node);
    return union(node.alternatives.flatMap((seq) => seq.map(anywhere)));
  };

  const unboundedInside = (node: RegexNode): boolean => {
    if (node.kind === 'repeat') return node.max === Number.POSITIVE_INFINITY || unboundedInside(node.node);
    if (node.kind === 'group') return node.alternatives.some((seq) => seq.some(unboundedInside));
    return false;
  };

  const checkRepeat = (node: Extract<RegexNode, { kind: 'repeat' }>): void => {
    if (node.max === Number.POSITIVE_INFINITY && unboundedInside(node.node))
      findings.push({ rule: 'nested', detail: 'an unbounded quantifier inside another one' });
    if (node.max > 1 && node.node.kind === 'group') {
      const branches = node.node.alternatives.map(firstOfSequence);
      branches.forEach((branch, i) => {
        const clash = branches.slice(i + 1).some((other) => overlaps(branch, other));
        if (clash)
          findings.push({ rule: 'overlapping_alternatives', detail: 'repeated alternatives share a start' });
      });
    }
  };

  /** Unbounded repeats separated only by what may match nothing must not share characters. */
  const checkSequence = (seq: readonly RegexNode[]): void => {
    seq.forEach((node, i) => {
      if (node.kind !== 'repeat' || node.max !== Number.POSITIVE_INFINITY) return;
      for (const next of seq.slice(i + 1)) {
        if (next.kind === 'repeat' && next.max === Number.POSITIVE_INFINITY) {
          if (overlaps(anywhere(node), anywhere(next)))
            findings.push({ rule: 'adjacent_overlap', detail: 'two unbounded quantifiers in a row overlap' });
        }
        if (!nullable(next)) return;
      }
    });
  };

  const walk = (alternatives: readonly (readonly RegexNode[])[]): void => {
    for (const seq of alternatives) {
      checkSequence(seq);
      for (const node of seq) visit(node);
    }
  };
  const visit = (node: RegexNode): void => {
    if (node.kind === 'repeat') {
      checkRepeat(node);
      visit(node.node);
    } else if (node.kind === 'group') walk(node.alternatives);
    else if (node.kind === 'assert' && node.body) walk(node.body);
  };

  walk(parseRegex(source));
  return findings;
};
