/**
 * "Bounded time" without a stopwatch: no regular expression anywhere in packages/<name>/src may
 * backtrack catastrophically. The check is static, so a new pattern fails here before any input
 * finds it. It lives beside the parser, which has most of the patterns, but reads every package.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkRegex } from './testing/regex-safety/regex-safety.js';
import { extractRegexes } from './testing/regex-safety/regex-sources.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('the regex safety checker', () => {
  it.each([
    ['(a+)+$', 'nested'],
    ['^(\\w*\\s?)*$', 'nested'],
    ['^(a|ab)*c', 'overlapping_alternatives'],
    ['(\\w|\\d)+x', 'overlapping_alternatives'],
    ['^\\d+\\d*$', 'adjacent_overlap'],
    ['\\s*,?\\s*$', 'adjacent_overlap'],
    ['(?=(x+)+y)', 'nested'],
  ])('flags /%s/ (%s)', (source, rule) => {
    expect(checkRegex(source).map((f) => f.rule)).toContain(rule);
  });

  it.each([
    ['^\\d{4}-\\d{2}-\\d{2}$'],
    ['^Bearer ([A-Za-z0-9\\-_.]+)$'],
    ['^(\\d+)(?:[.,](\\d+))?$'],
    ['\\s*,\\s*'],
    ['^(?:[a-z]+-)*[a-z]+$'.replace('*', '?')],
    ['(ab|cd)+'],
    ['[\\])]+\\(x'],
  ])('passes /%s/', (source) => {
    expect(checkRegex(source)).toEqual([]);
  });
});

describe('every regular expression in packages/*/src', () => {
  const { regexes, dynamic } = extractRegexes(root);

  it('is found (the extraction works)', () => {
    expect(regexes.length).toBeGreaterThan(10);
  });

  it('has no nested or overlapping quantifiers', () => {
    const unsafe = regexes.flatMap((r) =>
      checkRegex(r.source, r.flags).map((f) => `${r.where} /${r.source}/${r.flags}: ${f.detail}`),
    );
    expect(unsafe).toEqual([]);
  });

  it('is written as a literal, so the check above can see it', () => {
    expect(dynamic).toEqual([]);
  });
});
