import knexFactory, { type Knex } from "knex";

export const knex: Knex = knexFactory({
  client: "pg",
  connection: process.env.LABELQ_DATABASE_URL,
  pool: { min: 0, max: 5 },
});

export interface Task {
  id: number;
  queue: string;
  payload: unknown;
  label: string | null;
  lease_token: string | null;
}
