import { z } from "zod";
import * as setlists from "./setlists.js";
import * as gigs from "./gigs.js";

export type ToolHandler = (args: Record<string, unknown>) => Promise<string>;

export interface ToolDef {
  description: string;
  schema: z.ZodTypeAny;
  handler: ToolHandler;
}

export const TOOLS: Record<string, ToolDef> = {
  setlist_length: { description: "Total length of a setlist", schema: setlists.lengthSchema, handler: setlists.setlistLength },
  import_setlist: { description: "Import a setlist exported from the band app", schema: setlists.importSchema, handler: setlists.importSetlist },
  restore_rider: { description: "Restore a saved technical rider", schema: setlists.riderSchema, handler: setlists.restoreRider },
  gig_fee: { description: "Compute a gig fee with the band's fee formula", schema: gigs.feeSchema, handler: gigs.gigFee },
  venue_specs: { description: "Stage specs of a venue", schema: gigs.venueSchema, handler: gigs.venueSpecs },
};
