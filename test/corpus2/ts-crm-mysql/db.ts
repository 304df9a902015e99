import mysql from "mysql2/promise";

export const pool = mysql.createPool({
  host: process.env.CRM_DB_HOST ?? "127.0.0.1",
  user: process.env.CRM_DB_USER ?? "crm",
  // ruleid: hardcoded-secret
  password: "crm-Sup3rS3cret-2023!",
  database: "crm",
  // ok: tls-verification-disabled
  ssl: { rejectUnauthorized: true },
  connectionLimit: 5,
});
