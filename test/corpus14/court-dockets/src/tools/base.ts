export type JsonSchema = {
  type: "object";
  properties?: Record<string, unknown>;
  required?: string[];
  additionalProperties?: boolean;
};

export interface ToolOutput {
  content: { type: "text"; text: string }[];
  isError?: boolean;
}

export abstract class BaseTool {
  abstract readonly name: string;
  abstract readonly description: string;
  abstract readonly inputSchema: JsonSchema;

  abstract execute(args: Record<string, any>): Promise<ToolOutput>;

  protected ok(text: string): ToolOutput {
    return { content: [{ type: "text", text }] };
  }

  describe() {
    return { name: this.name, description: this.description, inputSchema: this.inputSchema };
  }
}
