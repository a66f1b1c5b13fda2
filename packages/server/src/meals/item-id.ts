import { randomUUID } from 'node:crypto';

/**
 * A new item id, unique among `taken` (the ids its meal keeps). Random rather than counted, so an id
 * removed by one edit is not handed to a different item by the next: a device holding the old list
 * never mistakes one item for another.
 */
export const newItemId = (taken: ReadonlySet<string>): string => {
  for (;;) {
    const id = randomUUID().slice(24);
    if (!taken.has(id)) return id;
  }
};
