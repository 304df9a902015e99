import knexFactory, { Knex } from "knex";

export class EntityRepository {
  private readonly knex: Knex;

  constructor(connection: string) {
    this.knex = knexFactory({ client: "pg", connection });
  }

  async byKind(kind: string, namespace: string) {
    // ok: tool-input-to-sql
    const { rows } = await this.knex.raw("SELECT entity_ref, final_entity FROM final_entities WHERE kind = ? AND namespace = ? LIMIT 200", [kind, namespace]);
    return rows;
  }

  async search(term: string, orderBy: string) {
    const sql = `SELECT entity_ref FROM search WHERE value ILIKE '%${term}%' ORDER BY ${orderBy} LIMIT 50`;
    // ruleid: tool-input-to-sql
    const { rows } = await this.knex.raw(sql);
    return rows;
  }

  async owners(group: string) {
    return this.knex("relations").where({ type: "ownedBy", target_entity_ref: `group:default/${group}` }).select("source_entity_ref");
  }
}
