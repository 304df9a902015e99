import { FastMCP } from "fastmcp";
import { z } from "zod";
import { promises as fs } from "node:fs";
import path from "node:path";
import yaml from "js-yaml";
import { buildPetitionCommand, caseFolder } from "./helpers.js";
import { exec } from "node:child_process";
import { promisify } from "node:util";

const sh = promisify(exec);
const server = new FastMCP({ name: "tenant-union", version: "0.5.0" });

server.addTool({
  name: "repair_log",
  description: "Repair requests logged by tenants of a building",
  parameters: z.object({ building: z.string(), caseId: z.string() }),
  execute: async ({ building, caseId }) => {
    // ruleid: tool-input-to-path
    const body = await fs.readFile(path.join(caseFolder(building), caseId, "repairs.log"), "utf8");
    return body;
  },
});

server.addTool({
  name: "sign_petition",
  description: "Add signatures to a rent-strike petition PDF",
  parameters: z.object({ petition: z.string(), signers: z.array(z.string()) }),
  execute: async ({ petition, signers }) => {
    // ruleid: tool-input-to-shell
    const { stdout } = await sh(buildPetitionCommand(petition, signers));
    return stdout;
  },
});

server.addTool({
  name: "import_bylaws",
  description: "Import union bylaws written in YAML",
  parameters: z.object({ source: z.string().max(50_000) }),
  execute: async ({ source }) => {
    // ok: unsafe-deserialization
    const bylaws = yaml.load(source, { schema: yaml.FAILSAFE_SCHEMA }) as Record<string, unknown>;
    return `sections: ${Object.keys(bylaws ?? {}).length}`;
  },
});

server.addTool({
  name: "rent_increase_check",
  description: "Check whether a proposed rent increase exceeds the legal cap",
  parameters: z.object({ current: z.number().positive(), proposed: z.number().positive(), rule: z.string().default("current * 1.05") }),
  execute: async ({ current, proposed, rule }) => {
    // ruleid: tool-input-to-eval
    const cap = eval(rule.replace(/current/g, String(current)));
    return proposed > cap ? `exceeds cap of ${cap}` : "within cap";
  },
});

server.addTool({
  name: "meeting_agenda",
  description: "Agenda of the next general meeting",
  parameters: z.object({ chapter: z.enum(["north", "south", "riverside"]) }),
  execute: async ({ chapter }) => {
    // ok: tool-input-to-path
    return fs.readFile(path.join("/srv/union/agendas", `${chapter}.md`), "utf8");
  },
});

// ruleid: http-transport-without-auth
server.start({ transportType: "httpStream", httpStream: { port: 8123 } });
