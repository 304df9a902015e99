import { z } from "zod";

export const WardCode = z.string().regex(/^[A-Z]{2}-\d{2}$/, "ward codes look like CA-03");

export const findBedsShape = {
  ward: z.string().describe("Ward code, e.g. CA-03"),
  status: z.enum(["free", "occupied", "cleaning", "blocked"]).optional(),
};

export const bedHistoryShape = {
  bedId: z.number().int().positive(),
  since: z.string().max(32).describe("ISO date"),
};

export const occupancyShape = {
  unit: z.enum(["icu", "surgical", "maternity", "general"]),
  ward: WardCode,
};

export const notesShape = {
  bedId: z.number().int().positive(),
  search: z.string().describe("Text to look for in nursing notes"),
};

export const releaseShape = {
  bedId: z.number().int().positive(),
  reason: z.string().max(200),
};

export type FindBedsArgs = { ward: string; status?: "free" | "occupied" | "cleaning" | "blocked" };
