import { Gauge, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { createReadyGauge } from './ready-gauge.js';

const setup = (answers: Array<string | null>) => {
  const gauge = new Gauge({ name: 'ready', help: 'ready', registers: [new Registry()] });
  let clock = 0;
  let calls = 0;
  const ready = createReadyGauge(
    gauge,
    async () => answers[calls++] ?? null,
    () => clock,
    1000,
  );
  const value = async () => (await gauge.get()).values[0]?.value;
  return { ready, value, advance: (ms: number) => (clock += ms), calls: () => calls };
};

describe('the readiness gauge', () => {
  it('is 1 when ready and 0 with the reason readiness gives', async () => {
    const { ready, value, advance } = setup([null, 'storage is full']);
    await ready.refresh();
    expect(await value()).toBe(1);
    advance(1000);
    await ready.refresh();
    expect(await value()).toBe(0);
  });

  it('checks at most once per interval, and scrapes at the same time share one check', async () => {
    const { ready, advance, calls } = setup([]);
    await Promise.all([ready.refresh(), ready.refresh(), ready.refresh()]);
    await ready.refresh();
    expect(calls()).toBe(1);
    advance(999);
    await ready.refresh();
    expect(calls()).toBe(1);
    advance(1);
    await ready.refresh();
    expect(calls()).toBe(2);
  });
});
