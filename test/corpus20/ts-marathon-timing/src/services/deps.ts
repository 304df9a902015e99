import knex, { type Knex } from "knex";

export interface Deps {
  db: Knex;
  chipApi: (path: string) => Promise<unknown>;
}

const db = knex({ client: "pg", connection: process.env.TIMING_DB_URL });

export function createDeps(clientAuth: string | undefined): Deps {
  return {
    db,
    chipApi: async (path: string) => {
      const res = await fetch(`https://chips.racetimer.example${path}`, {
        // ruleid: token-passthrough
        headers: { Authorization: clientAuth ?? "" },
      });
      return res.json();
    },
  };
}
