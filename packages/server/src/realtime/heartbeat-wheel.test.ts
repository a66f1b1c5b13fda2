import { describe, expect, it } from 'vitest';
import { HeartbeatWheel } from './heartbeat-wheel.js';

const wheelOf = (periodMs: number, members: number) => {
  const visits = new Map<number, number>();
  let rounds = 0;
  const wheel = new HeartbeatWheel<number>(
    periodMs,
    (member) => visits.set(member, (visits.get(member) ?? 0) + 1),
    () => rounds++,
  );
  for (let i = 0; i < members; i++) wheel.add(i);
  return { wheel, visits, rounds: () => rounds };
};

describe('the heartbeat wheel', () => {
  it('visits every member exactly once per period, a slice at a time', () => {
    const { wheel, visits, rounds } = wheelOf(25_000, 5000);
    const slots = 250;
    let busiest = 0;
    for (let tick = 0; tick < slots; tick++) {
      const before = [...visits.values()].reduce((a, b) => a + b, 0);
      wheel.tick();
      busiest = Math.max(busiest, [...visits.values()].reduce((a, b) => a + b, 0) - before);
    }
    expect(visits.size).toBe(5000);
    expect([...visits.values()].every((n) => n === 1)).toBe(true);
    expect(busiest).toBe(5000 / slots);
    expect(rounds()).toBe(1);
  });

  it('a member removed is not visited again; one added later gets a slot and is visited once per period', () => {
    const { wheel, visits } = wheelOf(1000, 10);
    wheel.remove(3);
    wheel.add(99);
    for (let tick = 0; tick < 10; tick++) wheel.tick();
    expect(visits.has(3)).toBe(false);
    expect(visits.get(99)).toBe(1);
    expect(wheel.size).toBe(10);
  });

  it('a short period (tests use 50 ms) is one slot: every member on every tick', () => {
    const { wheel, visits, rounds } = wheelOf(50, 4);
    wheel.tick();
    expect([...visits.values()]).toEqual([1, 1, 1, 1]);
    expect(rounds()).toBe(1);
  });

  it('a visit that removes its own member (a socket closed for silence) does not disturb the slice', () => {
    const seen: number[] = [];
    const wheel: HeartbeatWheel<number> = new HeartbeatWheel<number>(50, (member) => {
      seen.push(member);
      wheel.remove(member);
    });
    for (const member of [1, 2, 3]) wheel.add(member);
    wheel.tick();
    expect(seen).toEqual([1, 2, 3]);
    expect(wheel.size).toBe(0);
  });
});
