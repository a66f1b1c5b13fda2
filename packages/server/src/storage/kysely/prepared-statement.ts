import type { Compilable, CompiledQuery, QueryResult } from 'kysely';

/** Marks where a value goes while the statement is built; no value we store starts with a NUL. */
const SLOT_PREFIX = '\u0000slot:';

type Slot = { name: string } | { constant: unknown };

/** What runs a compiled query: the root Kysely instance or any of its transactions. */
type QueryRunner = { executeQuery<R>(query: CompiledQuery<R>): Promise<QueryResult<R>> };

/** Runs the statement on the root connection or in a transaction, with this call's values. */
export type PreparedStatement<P, R> = (db: QueryRunner, params: P) => Promise<QueryResult<R>>;

/**
 * A statement built and compiled by Kysely once, then run with new values: the hot paths (a meal,
 * its job and its event on every POST; the outcome on every completion) spent more time in Kysely's
 * builder and compiler than SQLite spent running the statements. Only for statements whose shape
 * never changes: `slot(name)` stands for a value given at run time; any other value in the
 * statement is a constant.
 */
export const prepareStatement = <P extends Record<string, unknown>, R = unknown>(
  build: (slot: <K extends keyof P & string>(name: K) => P[K]) => Compilable<R>,
): PreparedStatement<P, R> => {
  const compiled: CompiledQuery<R> = build((name) => `${SLOT_PREFIX}${name}` as P[typeof name]).compile();
  const slots: Slot[] = compiled.parameters.map((value) =>
    typeof value === 'string' && value.startsWith(SLOT_PREFIX)
      ? { name: value.slice(SLOT_PREFIX.length) }
      : { constant: value },
  );
  return (db, params) =>
    db.executeQuery<R>({
      ...compiled,
      parameters: slots.map((slot) => ('name' in slot ? params[slot.name] : slot.constant)),
    });
};
