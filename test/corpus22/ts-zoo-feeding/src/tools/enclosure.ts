import { z } from "zod";
import type { FeedingDb } from "../services/db.js";

const TABLES: Record<string, string> = {
  diet: "enclosure_diet",
  enrichment: "enclosure_enrichment",
  cleaning: "enclosure_cleaning",
};

export const enclosureTool = {
  name: "enclosure_log",
  description: "Read diet, enrichment or cleaning entries for an enclosure.",
  shape: {
    kind: z.enum(["diet", "enrichment", "cleaning"]),
    enclosure: z.string().max(40),
  },
  async handler(args: { kind: string; enclosure: string }, deps: { db: FeedingDb }) {
    const table = TABLES[args.kind];
    if (!table) throw new Error("unknown log kind");
    return deps.db.enclosureRows(table, args.enclosure);
  },
};
