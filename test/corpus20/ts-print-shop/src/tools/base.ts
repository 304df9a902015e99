export type JsonSchema = {
  type: "object";
  properties?: Record<string, unknown>;
  required?: string[];
  additionalProperties?: boolean;
};

export abstract class BaseTool {
  abstract readonly name: string;
  abstract readonly description: string;
  abstract readonly inputSchema: JsonSchema;

  abstract execute(args: Record<string, unknown>): Promise<string>;

  protected str(args: Record<string, unknown>, key: string): string {
    const v = args[key];
    if (typeof v !== "string") throw new Error(`${key} must be a string`);
    return v;
  }
}
