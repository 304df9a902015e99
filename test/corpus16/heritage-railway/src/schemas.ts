import { z } from "zod";

export const bookingShape = {
  // ok: weak-input-schema
  trainId: z.string().regex(/^HR-\d{3}$/),
  seats: z.number().int().min(1).max(8),
  passengerName: z.string().min(1).max(80),
};

export const rosterShape = {
  crewMember: z.string().describe("Driver or fireman surname"),
  month: z.string().regex(/^\d{4}-\d{2}$/),
};

export const coalShape = {
  locomotive: z.enum(["4472", "60163", "7802", "D9000"]),
  distanceKm: z.number().positive().max(400),
  gradientFormula: z.string().optional(),
};

export const volunteerImportShape = {
  // ruleid: weak-input-schema
  records: z.array(z.object({}).passthrough()),
};

export type Booking = z.infer<z.ZodObject<typeof bookingShape>>;
