import { z } from "zod";

export const VENDORS = ["jetbrains", "adobe", "figma", "atlassian", "zoom"] as const;

export const seatQueryShape = {
  vendor: z.enum(VENDORS),
  product: z.string().max(60).optional(),
};

export const reclaimShape = {
  emails: z.array(z.string().email()).min(1).max(50),
  vendor: z.enum(VENDORS),
};

export const bulkUsageShape = {
  users: z.array(z.string()).max(100),
  column: z.string(),
};

export const customFieldShape = {
  seatId: z.number().int().positive(),
  // ruleid: weak-input-schema
  fields: z.any(),
};

export const noteShape = {
  seatId: z.number().int().positive(),
  note: z.string().max(500),
};
