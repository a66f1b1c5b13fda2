import { describe, expect, it } from 'vitest';
import { newRecordId } from './record-id.js';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('record ids', () => {
  it('are RFC 9562 version 7 UUIDs carrying the creation time', () => {
    const at = Date.UTC(2026, 10, 25, 12, 0, 0, 123);
    const id = newRecordId(at);
    expect(id).toMatch(UUID_V7);
    expect(Number.parseInt(id.replaceAll('-', '').slice(0, 12), 16)).toBe(at);
  });

  it('sort by creation time and never repeat', () => {
    const earlier = Array.from({ length: 1000 }, () => newRecordId(1_700_000_000_000));
    const later = newRecordId(1_700_000_000_001);
    expect(new Set(earlier).size).toBe(1000);
    for (const id of earlier) expect(id < later).toBe(true);
  });
});
