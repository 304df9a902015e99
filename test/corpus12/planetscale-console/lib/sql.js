"use strict";

function quoteIdent(name) {
  return "`" + name + "`";
}

function branchStatsSql(table, groupBy) {
  const col = quoteIdent(groupBy);
  return `SELECT ${col} AS bucket, COUNT(*) AS n FROM ${quoteIdent(table)} GROUP BY ${col} ORDER BY n DESC LIMIT 100`;
}

module.exports = { branchStatsSql };
