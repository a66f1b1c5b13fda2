import type { Summary, SummaryQuery } from '@fitiq/contract';
import type { FitIQApi } from '../api/api-client.js';
import { InvalidInputError } from '../api/errors.js';
import { SUMMARY_RANGE_MAX_DAYS } from '../protocol.js';
import type { ClientStorage } from '../storage/storage.js';

/** A summary as the server gave it, with the question asked and when it answered. */
export type LoadedSummary = Readonly<{
  summary: Summary;
  query: Readonly<Required<SummaryQuery>>;
  loaded_at: string;
}>;

const PREFIX = 'summary:';
const DAY_MS = 86_400_000;
const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

/** Days from `from` to `to`, both counted. */
export const rangeDays = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;

/**
 * GET /summary, with the last answer for each length of range kept on the device: "the last 30 days"
 * loaded yesterday is still what to show today while offline, dated by `loaded_at`.
 */
export class Summaries {
  constructor(
    private readonly api: FitIQApi,
    private readonly storage: ClientStorage,
  ) {}

  async load(query: SummaryQuery, signal?: AbortSignal): Promise<LoadedSummary> {
    const asked = checkedQuery(query);
    const summary = await this.api.summary(asked, signal);
    const loaded: LoadedSummary = { summary, query: asked, loaded_at: new Date().toISOString() };
    await this.storage.set(cacheKey(asked), loaded).catch(() => {});
    return loaded;
  }

  /** The last summary loaded on this device for a range as long as this one (and the same zone). */
  async cached(query: SummaryQuery): Promise<LoadedSummary | null> {
    const asked = checkedQuery(query);
    return (await this.storage.get<LoadedSummary>(cacheKey(asked)).catch(() => undefined)) ?? null;
  }
}

const checkedQuery = (query: SummaryQuery): Required<SummaryQuery> => {
  if (!isDay(query.from) || !isDay(query.to))
    throw new InvalidInputError('from and to must be YYYY-MM-DD days');
  if (query.from > query.to) throw new InvalidInputError('from must not be after to');
  if (rangeDays(query.from, query.to) > SUMMARY_RANGE_MAX_DAYS)
    throw new InvalidInputError(`a summary covers at most ${SUMMARY_RANGE_MAX_DAYS} days`);
  return { from: query.from, to: query.to, tz: query.tz ?? 'UTC' };
};

const cacheKey = (query: Required<SummaryQuery>) => `${PREFIX}${rangeDays(query.from, query.to)}:${query.tz}`;
