/** Whether DATABASE_URL names PostgreSQL (`postgres://` or `postgresql://`); anything else is a SQLite file. */
export const isPostgresUrl = (databaseUrl: string): boolean => /^postgres(ql)?:\/\//.test(databaseUrl);

/** The SQLite file a DATABASE_URL that is not PostgreSQL's names: a path, or a `sqlite:` URL's path. */
export const sqliteFilename = (databaseUrl: string): string => databaseUrl.replace(/^sqlite:(\/\/)?/, '');

/** DATABASE_URL fit for messages and logs: a PostgreSQL password becomes `***`. */
export const redactDatabaseUrl = (databaseUrl: string): string => {
  if (!isPostgresUrl(databaseUrl)) return databaseUrl;
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    // Not a URL Node can parse: say which kind it is and nothing more.
    return 'postgres://…';
  }
};
