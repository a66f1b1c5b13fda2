import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.js';

/** Repositories run on the root connection or inside a transaction alike. */
export type Executor = Kysely<Database> | Transaction<Database>;
