import { z } from "zod";

export const PermitNumber = z.string().regex(/^BP-\d{4}-\d{6}$/);

export const lookupParams = z.object({ permitNo: PermitNumber });

export const byParcelParams = z.object({
  parcel: z.string().min(3).describe("Assessor parcel number, e.g. 041-223-17"),
});

export const searchParams = z.object({
  status: z.string().optional(),
  district: z.string().optional(),
  type: z.enum(["building", "electrical", "plumbing", "demolition", "sign"]).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

export const reportParams = z.object({
  // ruleid: weak-input-schema
  filters: z.record(z.any()),
  groupBy: z.enum(["district", "type", "status"]),
});

export const inspectorParams = z.object({
  // ok: weak-input-schema
  inspector: z.string().regex(/^[a-z]+\.[a-z]+$/),
});
