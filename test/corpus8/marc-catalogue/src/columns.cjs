"use strict";

const SORTABLE = { title: "r.title", year: "r.year", author: "r.author", added: "r.created_at" };

function sortColumn(key) {
  return SORTABLE[key] || "r.title";
}

module.exports = { sortColumn, SORTABLE };
