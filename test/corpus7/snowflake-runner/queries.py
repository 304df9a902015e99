"""One function per tool; each takes the open connection and the raw tool arguments."""

IDENT_LIMIT = 255


def list_tables(conn, args):
    schema = args.get("schema", "PUBLIC").upper()
    cur = conn.cursor()
    # ok: tool-input-to-sql
    cur.execute("SELECT table_name, row_count FROM information_schema.tables WHERE table_schema = %s ORDER BY 1", (schema,))
    return cur.fetchall()


def preview(conn, args):
    schema, table = args["schema"], args["table"]
    limit = int(args.get("limit", 20))
    cur = conn.cursor()
    # ruleid: tool-input-to-sql
    cur.execute("SELECT * FROM {}.{} LIMIT {}".format(schema, table, limit))
    return cur.fetchall()


def column_profile(conn, args):
    column = args["column"]
    table = args["table"]
    sql = "SELECT COUNT(DISTINCT %s), MIN(%s), MAX(%s) FROM %s" % (column, column, column, table)
    cur = conn.cursor()
    # ruleid: tool-input-to-sql
    cur.execute(sql)
    return cur.fetchone()


def query_history(conn, args):
    user = args.get("user")
    hours = max(1, min(int(args.get("hours", 24)), 168))
    cur = conn.cursor()
    # ok: tool-input-to-sql
    cur.execute("SELECT query_id, query_text, total_elapsed_time FROM table(information_schema.query_history(result_limit => 200)) WHERE user_name = %(user)s AND start_time > dateadd('hour', -%(hours)s, current_timestamp())", {"user": user, "hours": hours})
    return cur.fetchall()


DISPATCH = {
    "list_tables": list_tables,
    "preview": preview,
    "column_profile": column_profile,
    "query_history": query_history,
}
