import { describe, expect, it } from 'vitest';
import { CliError } from '../commands/login.js';
import { parseMealChoice, pickRecent } from './meal-choice.js';

const recent = [
  { id: 'a', raw_input: 'Greek yogurt with honey' },
  { id: 'b', raw_input: '2 eggs and a slice of toast' },
  { id: 'c', raw_input: 'toast' },
  { id: 'd', raw_input: 'toast with butter' },
];

const pick = (given: string) => {
  const choice = parseMealChoice(given);
  if (choice.kind === 'id') throw new Error('an id is copied as it is');
  return pickRecent(choice, recent).id;
};

describe('which meal `fitiq again <meal>` means', () => {
  it('an id (any case) is that meal, copied without looking it up in the recent list', () => {
    expect(parseMealChoice(' 01A247CD-4D3D-7739-B399-E41959994C29 ')).toEqual({
      kind: 'id',
      id: '01a247cd-4d3d-7739-b399-e41959994c29',
    });
  });

  it('a number is that line of `fitiq recent`, counted from 1', () => {
    expect(pick('1')).toBe('a');
    expect(pick('4')).toBe('d');
  });

  it('a number past the list, 0 or past 50 says what the list holds', () => {
    expect(() => pick('5')).toThrow('there are 4 recent meals, not 5');
    expect(() => parseMealChoice('0')).toThrow(CliError);
    expect(() => parseMealChoice('51')).toThrow('1 to 50');
    expect(() => pickRecent({ kind: 'number', number: 1 }, [])).toThrow(/no recent meals yet/);
  });

  it('words pick the one recent meal that says them all, in any case and spacing', () => {
    expect(pick('YOGURT')).toBe('a');
    expect(pick('eggs   toast')).toBe('b');
  });

  it('words that are one meal’s whole text pick it even when longer texts say them too', () => {
    expect(pick('Toast')).toBe('c');
  });

  it('words several meals say: refused, listing them with their numbers', () => {
    expect(() => pick('slice toast eggs and')).not.toThrow();
    expect(() => pick('with')).toThrow(
      '"with" could be 2 recent meals; give its number:\n  1. Greek yogurt with honey\n  4. toast with butter',
    );
  });

  it('words no recent meal says: refused, pointing at `fitiq recent`', () => {
    expect(() => pick('pizza')).toThrow('no recent meal says "pizza"');
    expect(() => parseMealChoice('   ')).toThrow(CliError);
  });
});
