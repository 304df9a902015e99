import lookup from "./lookup.js";
import importFolder from "./importFolder.js";
import episodeFile from "./episodeFile.js";

export interface ToolDef {
  name: string;
  description: string;
  inputSchema: import("zod").ZodObject<any>;
  handler: (args: any) => Promise<{ content: { type: "text"; text: string }[] }>;
}

export const allTools: ToolDef[] = [lookup, importFolder, episodeFile];
