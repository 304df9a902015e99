// mysql2 pool and query helpers for the orders server.
const mysql = require("mysql2/promise");

const pool = mysql.createPool({
  host: process.env.MYSQL_HOST || "127.0.0.1",
  user: process.env.MYSQL_USER || "orders_ro",
  password: process.env.MYSQL_PASSWORD,
  database: process.env.MYSQL_DATABASE || "shop",
  connectionLimit: 4,
});

const SORTABLE = ["created_at", "total", "customer_name", "status"];

async function ordersForCustomer(email, sort) {
  const column = SORTABLE.includes(sort) ? sort : "created_at";
  const sql = mysql.format("SELECT id, total, status FROM orders WHERE customer_email = ? ORDER BY ?? DESC LIMIT 100", [email, column]);
  // ok: tool-input-to-sql
  const [rows] = await pool.query(sql);
  return rows;
}

async function ordersByStatus(status, orderBy) {
  // ruleid: tool-input-to-sql
  const [rows] = await pool.execute("SELECT id, total, customer_name FROM orders WHERE status = ? ORDER BY " + orderBy, [status]);
  return rows;
}

async function revenue(from, to) {
  // ok: tool-input-to-sql
  const [rows] = await pool.execute("SELECT DATE(created_at) AS day, SUM(total) AS revenue FROM orders WHERE created_at BETWEEN ? AND ? GROUP BY day", [from, to]);
  return rows;
}

async function searchProducts(term) {
  // ruleid: tool-input-to-sql
  const [rows] = await pool.query(`SELECT sku, name, price FROM products WHERE MATCH(name, description) AGAINST ('${term}' IN BOOLEAN MODE) LIMIT 50`);
  return rows;
}

module.exports = { ordersForCustomer, ordersByStatus, revenue, searchProducts };
