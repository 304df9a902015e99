import knexFactory, { type Knex } from "knex";
import { Sequelize } from "sequelize";

export interface Deps {
  knex: Knex;
  sequelize: Sequelize;
  warehouse: string;
}

export function createDeps(): Deps {
  return {
    knex: knexFactory({ client: "pg", connection: process.env.PARTS_DB_URL }),
    sequelize: new Sequelize(process.env.ORDERS_DB_URL ?? "postgres://localhost/orders", { logging: false }),
    warehouse: process.env.WAREHOUSE_CODE ?? "WH1",
  };
}
