import knexFactory from "knex";
import { Sequelize, QueryTypes } from "sequelize";

export const knex = knexFactory({
  client: "pg",
  connection: process.env.COST_DB_URL,
  pool: { min: 0, max: 4 },
});

export const sequelize = new Sequelize(process.env.COST_DB_URL ?? "postgres://localhost/costs", { logging: false });
export { QueryTypes };

export const GROUPINGS: Record<string, string> = {
  service: "service_name",
  team: "cost_center",
  region: "region",
  account: "account_id",
};
