import type { LoadedSummary } from '@fitiq/client';
import { useEffect, useState } from 'react';
import { useClient } from '../app/client-context.js';
import { actionErrorMessage } from '../meal/meal-actions.js';
import { type TrendSpan, trendRange } from './trend-range.js';

export type TrendsView = Readonly<{
  /** What to show: the server's latest answer, or the last one kept on this device. */
  loaded: LoadedSummary | null;
  /** `stale`: the server could not be asked; `loaded` (if any) is from an earlier load. */
  status: 'loading' | 'ready' | 'stale';
  error: string | null;
}>;

/** Event types that change what a summary says: meals and goals. */
const changes = (type: string) => type.startsWith('meal_log.') || type === 'goals.updated';

/**
 * The summary of the last `span` days: the copy kept on this device at once, then the server's; loaded
 * again whenever the stream tells of a change to meals or goals, so the page stays live.
 */
export const useTrends = (span: TrendSpan, today: string, tz: string): TrendsView => {
  const client = useClient();
  const [view, setView] = useState<TrendsView>({ loaded: null, status: 'loading', error: null });
  const [changed, setChanged] = useState(0);

  useEffect(() => client.on('event', (event) => changes(event.type) && setChanged((n) => n + 1)), [client]);

  // A new range starts from what this device kept for it; a reload of the same range keeps its figures.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `changed` is the reason to load again
  useEffect(() => {
    const query = { ...trendRange(span, today), tz };
    const abort = new AbortController();
    let answered = false;
    setView((shown) =>
      shown.loaded?.query.from === query.from && shown.loaded.query.to === query.to
        ? { ...shown, status: 'loading' }
        : { loaded: null, status: 'loading', error: null },
    );
    void client.summaries.cached(query).then((cached) => {
      if (cached && !answered && !abort.signal.aborted)
        setView((shown) => (shown.loaded ? shown : { ...shown, loaded: cached }));
    });
    client.summaries.load(query, abort.signal).then(
      (loaded) => {
        answered = true;
        if (!abort.signal.aborted) setView({ loaded, status: 'ready', error: null });
      },
      (failure: unknown) => {
        if (!abort.signal.aborted)
          setView((shown) => ({ ...shown, status: 'stale', error: actionErrorMessage(failure) }));
      },
    );
    return () => abort.abort();
  }, [client, span, today, tz, changed]);

  return view;
};
