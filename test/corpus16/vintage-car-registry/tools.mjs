import * as db from "./db.mjs";

class RegistryTool {
  constructor(name, description, inputSchema) {
    this.name = name;
    this.description = description;
    this.inputSchema = inputSchema;
  }

  definition() {
    return { name: this.name, description: this.description, inputSchema: this.inputSchema };
  }

  async execute(_args) {
    throw new Error("not implemented");
  }
}

class RegistrationLookup extends RegistryTool {
  constructor() {
    super("lookup_registration", "Find a car by its current or historic registration mark.", {
      type: "object",
      properties: { registration: { type: "string" } },
      required: ["registration"],
    });
  }

  async execute({ registration }) {
    return db.carsByRegistration(registration);
  }
}

class ChassisLookup extends RegistryTool {
  constructor() {
    super("lookup_chassis", "Find a car by chassis number.", {
      type: "object",
      properties: { chassis: { type: "string", pattern: "^[A-Z0-9-]{4,20}$" } },
      required: ["chassis"],
    });
  }

  async execute({ chassis }) {
    return db.carByChassis(chassis);
  }
}

class MakeSurvey extends RegistryTool {
  constructor() {
    super("survey_make", "List surviving cars of a make from a given year.", {
      type: "object",
      properties: { make: { type: "string" }, fromYear: { type: "integer", minimum: 1885 } },
      required: ["make"],
    });
  }

  async execute({ make, fromYear = 1885 }) {
    return db.carsByMake(make, fromYear);
  }
}

class OwnershipHistory extends RegistryTool {
  constructor() {
    // ruleid: weak-input-schema
    super("ownership_history", "Cars previously owned by a named person.", { type: "object" });
  }

  async execute(args) {
    return db.ownershipChain(args.owner);
  }
}

export const TOOLS = [new RegistrationLookup(), new ChassisLookup(), new MakeSurvey(), new OwnershipHistory()];
