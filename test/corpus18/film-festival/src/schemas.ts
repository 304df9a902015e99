import { z } from "zod";

export const FetchScreenerShape = {
  entry_id: z.string().regex(/^FF25-[0-9]{5}$/),
  screener_url: z.string().url().describe("private screener link supplied by the filmmaker"),
};

export const CheckLinkShape = {
  link: z.string().url(),
};

export const TrailerShape = {
  entry_id: z.string().regex(/^FF25-[0-9]{5}$/),
  trailer_url: z.string(),
};

export interface ScreenerInfo {
  entryId: string;
  status: number;
  contentType: string | undefined;
  bytes: number;
}
