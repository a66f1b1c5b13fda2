/** Whether DATABASE_URL names PostgreSQL (`postgres://` or `postgresql://`); anything else is a SQLite file. */
export const isPostgresUrl = (databaseUrl: string): boolean => /^postgres(ql)?:\/\//.test(databaseUrl);
