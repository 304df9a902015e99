import { Kind, type TaintRule } from './types';

const Q = 'a SQL query string';
/** Receivers that are database handles, by the name developers give them. */
export const DB_RECEIVER = /(^|[._])(db|database|conn|connection|client|pool|sql|sqlite|knex|sequelize|pg|mysql|cursor|cur|c|tx|trx|transaction|session|prisma|stmt|duckdb|con|engine|database_connection|dbconn|db_conn|pgPool|this\.db)$/i;
/**
 * For method names that mean other things elsewhere (get/all/run/each/exec): only unmistakable
 * database handles. Not `stmt`: on a prepared statement these methods bind their arguments as
 * parameters (`stmt.run(title, body)`).
 */
export const DB_RECEIVER_STRICT = /(^|[._])(db|database|sqlite|sqlite3|knex|sequelize|pg|mysql|cursor|tx|trx|duckdb|dbconn|db_conn|pgPool|conn|connection|pool)$/i;

/** Python database handles by name (not `client`: `client.query(...)` is as often a search or LLM API). */
export const PY_DB_HANDLE = /(^|[._])(db|database|conn|connection|con|cur|cursor|pool|session|engine|tx|trx|transaction|sqlite|duckdb|pg|mysql|dbconn|db_conn)$/i;

export const toolInputToSql: TaintRule = {
  meta: {
    id: 'tool-input-to-sql',
    title: 'Tool input is built into a SQL query string',
    severity: 'error',
    cwe: [89],
    languages: ['ts', 'py'],
    docs: 'docs/rules/tool-input-to-sql.md',
  },
  kind: Kind.Sql,
  sinks: {
    ts: [
      { callees: ['*.query', '*.execute', '*.prepare', '*.raw', '*.unsafe', '*.queryRaw', '*.executeRaw'], receiver: DB_RECEIVER, args: [0], keys: ['sql', 'text', 'sqlText'], what: Q },
      { callees: ['*.exec', '*.run', '*.all', '*.get', '*.each', '*.none', '*.one', '*.oneOrNone', '*.many', '*.any'], receiver: DB_RECEIVER_STRICT, args: [0], keys: ['sql', 'text'], what: Q },
      // ClickHouse (`@clickhouse/client`): the statement is the `query` option; `query_params` are bound server-side.
      // Only on handles made by a known driver (tag `db`): `client.query({ query })` is as often a GraphQL client.
      { callees: ['*.query', '*.command', '*.exec'], receiver: /^db$/, args: [], keys: ['query'], what: Q },
      { callees: ['*.$queryRawUnsafe', '*.$executeRawUnsafe', '*.whereRaw', '*.havingRaw', '*.orderByRaw', '*.joinRaw', '*.fromRaw', '*.selectRaw'], args: [0], what: Q },
      { callees: ['knex.raw', 'sequelize.query', 'sequelize.literal'], args: [0], what: Q },
    ],
    py: [
      { callees: ['*.execute', '*.executemany', '*.executescript', '*.exec_driver_sql', '*.mogrify'], receiver: DB_RECEIVER, args: [0], keys: ['query', 'sql', 'statement', 'operation'], what: Q },
      // Method names that mean something else on HTTP, search or LLM clients: database handles only.
      { callees: ['*.fetch', '*.fetchrow', '*.fetchval', '*.fetchall', '*.sql', '*.query', '*.raw'], receiver: PY_DB_HANDLE, args: [0], keys: ['query', 'sql', 'statement'], what: Q },
      // clickhouse-connect client methods, on handles made by a known driver only (tag `db`): `parameters=` are bound server-side.
      { callees: ['*.command', '*.raw_query', '*.query_df', '*.query_np', '*.query_arrow', '*.query_df_stream', '*.query_rows_stream'], receiver: /^db$/, args: [0], keys: ['cmd', 'query'], what: Q },
      { callees: ['sqlalchemy.text', 'text', 'pd.read_sql', 'pandas.read_sql', 'pd.read_sql_query', 'pandas.read_sql_query', 'duckdb.sql', 'duckdb.query', 'duckdb.execute'], args: [0], keys: ['sql'], what: Q },
    ],
  },
};
