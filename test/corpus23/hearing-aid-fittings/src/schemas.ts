import { z } from "zod";

export const PatientId = z.string().regex(/^HA-[0-9]{6}$/);

export const audiogramShape = {
  patientId: PatientId,
  ear: z.enum(["left", "right"]),
  thresholds: z.array(z.number().min(-10).max(120)).length(8),
};

export const programShape = {
  patientId: PatientId,
  // ruleid: weak-input-schema
  settings: z.record(z.any()),
};

export const importShape = {
  patientId: PatientId,
  sessionJson: z.string().max(200_000),
};
