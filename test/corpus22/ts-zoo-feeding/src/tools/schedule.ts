import { z } from "zod";
import type { FeedingDb } from "../services/db.js";

export const scheduleTool = {
  name: "feeding_schedule",
  description: "List the feedings planned for a species on a given day.",
  shape: {
    species: z.string().describe("Common name, e.g. 'red panda'"),
    day: z.string().describe("ISO date"),
  },
  async handler(args: { species: string; day: string }, deps: { db: FeedingDb }) {
    const { species, day } = args;
    return deps.db.feedingsFor(species.trim().toLowerCase(), day);
  },
};
