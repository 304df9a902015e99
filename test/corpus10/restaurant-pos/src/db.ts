import knexFactory, { type Knex } from "knex";

export function createDb(): Knex {
  return knexFactory({
    client: "pg",
    connection: process.env.POS_DATABASE_URL,
    pool: { min: 0, max: 5 },
  });
}

export interface Deps {
  knex: Knex;
  venueId: number;
}
