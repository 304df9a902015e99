import { z } from "zod";

export interface KilnConfig {
  controllerBase: string;
  maxTempC: number;
  logDir: string;
}

export const SegmentSchema = z.object({
  rateCPerHour: z.number().min(10).max(600),
  targetC: z.number().min(20).max(1320),
  holdMinutes: z.number().int().min(0).max(600),
});

export const ScheduleSchema = z.object({
  name: z.string().regex(/^[A-Za-z0-9 _-]{1,40}$/),
  segments: z.array(SegmentSchema).min(1).max(12),
});

export const ControllerOverrides = z.object({ controllerBase: z.string().optional(), timeoutMs: z.number().optional() }).passthrough();
