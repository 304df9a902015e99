import { z } from "zod";

export const GENRES = ["rock", "jazz", "classical", "electronic", "hiphop", "folk"] as const;

export const SearchEventsShape = {
  city: z.string().min(1).max(80),
  genre: z.enum(GENRES).optional(),
  venue: z.string().max(120).optional(),
  from: z.string().date().optional(),
  sort: z.enum(["date", "price", "popularity"]).default("date"),
};

export const OrderLookupShape = {
  email: z.string().email(),
  status: z.string().optional(),
};

export const HoldSeatsShape = {
  eventId: z.number().int().positive(),
  seats: z.array(z.string().regex(/^[A-Z]{1,2}-[0-9]{1,3}$/)).min(1).max(10),
  email: z.string().email(),
};

export const CancelOrderShape = {
  orderId: z.string().uuid(),
  reason: z.string().max(500).optional(),
};

export type SearchEventsArgs = z.infer<z.ZodObject<typeof SearchEventsShape>>;
export type OrderLookupArgs = z.infer<z.ZodObject<typeof OrderLookupShape>>;
