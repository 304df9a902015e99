export interface ToolDescription {
  name: string;
  description: string;
  inputSchema: Record<string, unknown>;
}

export abstract class BaseTool {
  abstract readonly name: string;
  abstract readonly description: string;
  abstract readonly inputSchema: Record<string, unknown>;

  abstract execute(args: Record<string, any>): Promise<string>;

  describe(): ToolDescription {
    return { name: this.name, description: this.description, inputSchema: this.inputSchema };
  }

  protected requireString(args: Record<string, any>, key: string): string {
    const v = args[key];
    if (typeof v !== "string" || v.length === 0) throw new Error(`${key} is required`);
    return v;
  }
}
