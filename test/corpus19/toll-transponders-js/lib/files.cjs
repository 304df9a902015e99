"use strict";
const fs = require("fs");
const path = require("path");

const STATEMENTS_DIR = path.resolve(process.env.TOLL_STATEMENTS || "/var/lib/tolls/statements");

function statementPath(account, month) {
  return path.join(STATEMENTS_DIR, account, month + ".csv");
}

function readStatement(account, month) {
  // ruleid: tool-input-to-path
  return fs.readFileSync(statementPath(account, month), "utf8");
}

function readStatementChecked(file) {
  const full = path.resolve(STATEMENTS_DIR, file);
  if (!full.startsWith(STATEMENTS_DIR + path.sep)) {
    throw new Error("statement outside the statements folder");
  }
  // ok: tool-input-to-path
  return fs.readFileSync(full, "utf8");
}

module.exports = { readStatement, readStatementChecked, STATEMENTS_DIR };
