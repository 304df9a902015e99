import knexFactory from "knex";
import { Sequelize, QueryTypes } from "sequelize";

export const knex = knexFactory({ client: "pg", connection: process.env.REGISTRY_PG_URL });
export const sequelize = new Sequelize(process.env.REGISTRY_PG_URL ?? "postgres://localhost/registry", { logging: false });

export async function carsByRegistration(reg) {
  // ruleid: tool-input-to-sql
  const result = await knex.raw(`SELECT chassis_no, make, model, year FROM cars WHERE upper(registration) = upper('${reg}')`);
  return result.rows;
}

export async function carByChassis(chassisNo) {
  // ok: tool-input-to-sql
  return knex("cars").where({ chassis_no: chassisNo }).first();
}

export async function carsByMake(make, fromYear) {
  // ok: tool-input-to-sql
  return sequelize.query("SELECT chassis_no, model, year FROM cars WHERE make = :make AND year >= :fromYear ORDER BY year", { replacements: { make, fromYear }, type: QueryTypes.SELECT });
}

export async function ownershipChain(ownerName) {
  const sql = `SELECT c.chassis_no, o.owned_from, o.owned_to FROM ownership o JOIN cars c ON c.id = o.car_id WHERE o.owner_name ILIKE '%${ownerName}%'`;
  // ruleid: tool-input-to-sql
  return sequelize.query(sql, { type: QueryTypes.SELECT });
}
