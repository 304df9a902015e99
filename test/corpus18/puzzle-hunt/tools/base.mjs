export class BaseTool {
  /** @type {string} */ name = "";
  /** @type {string} */ description = "";
  /** @type {object} */ inputSchema = { type: "object", properties: {} };

  constructor(ctx) {
    this.ctx = ctx;
  }

  definition() {
    return { name: this.name, description: this.description, inputSchema: this.inputSchema };
  }

  // eslint-disable-next-line no-unused-vars
  async execute(args) {
    throw new Error(`${this.name} does not implement execute()`);
  }
}
