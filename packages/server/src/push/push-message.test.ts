import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_BYTES, pushMessageOf, topicOf } from './push-message.js';

const event = (type: string, rawInput: string) =>
  JSON.stringify({
    seq: 4,
    id: '0190b4d2-0000-7000-8000-000000000001',
    type,
    created_at: '2026-01-01T00:00:00.000Z',
    data: {
      meal_log: {
        id: '0190b4d2-0000-7000-8000-00000000000a',
        status: type === 'meal_log.failed' ? 'failed' : 'completed',
        raw_input: rawInput,
        meal_type: 'breakfast',
        logged_at: '2026-01-01T07:30:00.000Z',
        items: [],
        totals: type === 'meal_log.failed' ? null : { calories: 495, protein_g: 22, carbs_g: 40, fat_g: 25 },
        error: null,
      },
    },
  });

describe('the push message of an event', () => {
  it('carries type, seq and what a notification needs of the meal', () => {
    expect(pushMessageOf(event('meal_log.completed', 'two eggs'))).toEqual({
      type: 'meal_log.completed',
      seq: 4,
      meal_log: {
        id: '0190b4d2-0000-7000-8000-00000000000a',
        status: 'completed',
        raw_input: 'two eggs',
        totals: { calories: 495, protein_g: 22, carbs_g: 40, fat_g: 25 },
        meal_type: 'breakfast',
        logged_at: '2026-01-01T07:30:00.000Z',
      },
    });
    expect(pushMessageOf(event('meal_log.failed', 'asdf'))?.meal_log).toMatchObject({
      status: 'failed',
      totals: null,
    });
  });

  it('only outcomes are pushed', () => {
    expect(pushMessageOf(event('meal_log.created', 'two eggs'))).toBeNull();
    expect(pushMessageOf(event('meal_log.updated', 'two eggs'))).toBeNull();
  });

  it('a text too long for one push message is shortened, whole characters only', () => {
    const message = pushMessageOf(event('meal_log.completed', '🍳'.repeat(1000)));
    expect(Buffer.byteLength(JSON.stringify(message))).toBeLessThanOrEqual(MAX_MESSAGE_BYTES);
    expect(message?.meal_log.raw_input).toMatch(/^(🍳)+…$/u);
  });

  it('the topic is the meal id without dashes: 32 base64url characters', () => {
    expect(topicOf('0190b4d2-0000-7000-8000-00000000000a')).toBe('0190b4d2000070008000' + '00000000000a');
  });
});
