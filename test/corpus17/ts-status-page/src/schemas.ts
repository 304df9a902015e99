import { z } from "zod";

export const ComponentStatus = z.enum(["operational", "degraded", "partial_outage", "major_outage", "maintenance"]);

export const incidentSearchShape = {
  status: z.string().optional(),
  component: z.string().optional(),
  orderBy: z.string().default("started_at"),
  limit: z.number().int().min(1).max(200).default(50),
};

export const incidentUpdateShape = {
  incidentId: z.number().int().positive(),
  message: z.string().max(2000),
  status: z.enum(["investigating", "identified", "monitoring", "resolved"]),
};

export const componentShape = {
  slug: z.string().regex(/^[a-z0-9-]{1,40}$/),
  status: ComponentStatus,
};

export const metricsShape = {
  component: z.string(),
  sortColumn: z.enum(["uptime", "latency_p95", "errors"]),
  days: z.number().int().min(1).max(90).default(30),
};

export type IncidentSearch = { status?: string; component?: string; orderBy: string; limit: number };
