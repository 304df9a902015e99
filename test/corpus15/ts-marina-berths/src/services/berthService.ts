import knexFactory, { type Knex } from "knex";

export interface Berth {
  id: number;
  pontoon: string;
  length_m: number;
  boat: string | null;
}

export class BerthService {
  private knex: Knex;

  constructor(url = process.env.MARINA_DB_URL ?? "postgres://marina@localhost/marina") {
    this.knex = knexFactory({ client: "pg", connection: url, pool: { min: 0, max: 5 } });
  }

  async available(minLength: number, pontoon?: string): Promise<Berth[]> {
    const q = this.knex<Berth>("berths").whereNull("boat").andWhere("length_m", ">=", minLength);
    if (pontoon) q.andWhere({ pontoon });
    // ok: tool-input-to-sql
    return q.orderBy("length_m").limit(25);
  }

  async assign(args: { berthId: number; boatName: string; nights: number }): Promise<void> {
    const { berthId, boatName, nights } = args;
    const until = new Date(Date.now() + nights * 86_400_000).toISOString().slice(0, 10);
    // ruleid: tool-input-to-sql
    await this.knex.raw(`UPDATE berths SET boat = '${boatName}', occupied_until = '${until}' WHERE id = ${berthId}`);
  }

  async release(berthId: number): Promise<number> {
    // ok: tool-input-to-sql
    const res = await this.knex.raw("UPDATE berths SET boat = NULL, occupied_until = NULL WHERE id = ?", [berthId]);
    return res.rowCount ?? 0;
  }

  async occupancyByPontoon(): Promise<Array<{ pontoon: string; used: number; total: number }>> {
    return this.knex("berths").select("pontoon").count({ total: "*" }).count({ used: "boat" }).groupBy("pontoon");
  }
}
