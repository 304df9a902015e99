import { Pool } from "pg";

export interface ManifestLine {
  container_no: string;
  consignee: string;
  hs_code: string;
  gross_kg: number;
  voyage: string;
}

export class ManifestStore {
  constructor(private readonly pool: Pool) {}

  async byContainer(containerNo: string): Promise<ManifestLine[]> {
    // ok: tool-input-to-sql
    const { rows } = await this.pool.query("SELECT * FROM manifest_lines WHERE container_no = $1", [containerNo]);
    return rows;
  }

  async byConsignee(consignee: string): Promise<ManifestLine[]> {
    const text = `SELECT * FROM manifest_lines WHERE consignee ILIKE '%${consignee}%' ORDER BY voyage DESC`;
    // ruleid: tool-input-to-sql
    const { rows } = await this.pool.query(text);
    return rows;
  }

  async byVoyage(voyage: string): Promise<ManifestLine[]> {
    // ok: tool-input-to-sql
    const { rows } = await this.pool.query({ text: "SELECT * FROM manifest_lines WHERE voyage = $1", values: [voyage] });
    return rows;
  }

  async saveShareLink(voyage: string, token: string, expires: Date): Promise<void> {
    await this.pool.query("INSERT INTO share_links (voyage, token, expires_at) VALUES ($1, $2, $3)", [voyage, token, expires]);
  }
}
