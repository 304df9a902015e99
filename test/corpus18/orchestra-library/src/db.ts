import knexFactory, { type Knex } from "knex";
import { Sequelize } from "sequelize";

export function openKnex(): Knex {
  return knexFactory({ client: "pg", connection: process.env.LIBRARY_DATABASE_URL, pool: { min: 0, max: 5 } });
}

export function openSequelize(): Sequelize {
  return new Sequelize(process.env.LIBRARY_DATABASE_URL ?? "postgres://localhost/orchestra", { logging: false });
}

export interface ToolSpec {
  name: string;
  description: string;
  shape: Record<string, import("zod").ZodTypeAny>;
  handler: (args: any) => Promise<{ content: { type: "text"; text: string }[] }>;
}

export const asText = (v: unknown) => ({ content: [{ type: "text" as const, text: typeof v === "string" ? v : JSON.stringify(v, null, 2) }] });
