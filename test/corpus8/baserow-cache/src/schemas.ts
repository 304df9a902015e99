import { z } from "zod";

export const TABLES = {
  inventory: "rows_inventory",
  suppliers: "rows_suppliers",
  orders: "rows_orders",
} as const;

export const TableName = z.enum(["inventory", "suppliers", "orders"]);

export const SearchInput = {
  table: TableName,
  field: z.string().max(64),
  value: z.string().max(200),
  limit: z.number().int().min(1).max(500).default(50),
};

export const FilterInput = {
  table: TableName,
  where: z.record(z.string(), z.string()),
  orderBy: z.string().optional(),
};

export const SyncInput = {
  tableId: z.number().int().positive(),
  view: z.string().optional(),
};

export interface Ctx {
  db: import("better-sqlite3").Database;
  apiBase: string;
  token: string;
}
