import { z } from "zod";

export const RoomType = z.enum(["dorm4", "dorm8", "private", "family"]);

export const AvailabilityParams = z.object({
  roomType: RoomType,
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  nights: z.number().int().min(1).max(30),
});

export const GuestSearchParams = z.object({
  lastName: z.string().max(80),
  nationality: z.string().optional(),
});

export const ChannelSyncParams = z.object({
  channelUrl: z.string().url(),
  // ruleid: weak-input-schema
  payload: z.any(),
});

export type Availability = z.infer<typeof AvailabilityParams>;
