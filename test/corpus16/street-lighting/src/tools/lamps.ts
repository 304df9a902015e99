import { z } from "zod";
import { BaseTool, type ToolResult } from "./base.js";

const lampId = z.string().regex(/^[A-Z]{2}-\d{4}$/, "lamp ids look like NW-0421");

export class DimLampTool extends BaseTool {
  readonly name = "dim_lamp";
  readonly description = "Set the dimming level (0-100 %) of a single street lamp.";
  readonly schema = z.object({ lampId, level: z.number().int().min(0).max(100) });

  protected async execute(args: z.infer<typeof this.schema>): Promise<ToolResult> {
    this.ctx.db.setDimLevel(args.lampId, args.level);
    return this.text(`lamp ${args.lampId} set to ${args.level}%`);
  }
}

export class DistrictFaultsTool extends BaseTool {
  readonly name = "district_faults";
  readonly description = "List open lamp faults in a district.";
  readonly schema = z.object({ district: z.string().min(1), status: z.string().default("open") });

  protected async execute({ district, status }: z.infer<typeof this.schema>): Promise<ToolResult> {
    const rows = this.ctx.db.faultsInDistrict(district, status);
    return this.text(JSON.stringify(rows, null, 2));
  }
}

export class BurnHoursTool extends BaseTool {
  readonly name = "burn_hours";
  readonly description = "Total burn hours for a set of lamps.";
  readonly schema = z.object({ lampIds: z.array(lampId).min(1).max(200) });

  protected async execute({ lampIds }: z.infer<typeof this.schema>): Promise<ToolResult> {
    return this.text(JSON.stringify(this.ctx.db.burnHours(lampIds)));
  }
}
