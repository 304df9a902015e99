import { z } from "zod";
import type { FeedingDb } from "../services/db.js";

export const rationTool = {
  name: "animal_rations",
  description: "Show the daily ration of one animal.",
  shape: { animalId: z.number().int().positive() },
  async handler({ animalId }: { animalId: number }, deps: { db: FeedingDb }) {
    return deps.db.rationsFor(animalId);
  },
};
