import { execSync, execFileSync } from "node:child_process";
import { z } from "zod";
import { ok, type ToolDefinition } from "../types.js";

export const dockerTools: ToolDefinition<any>[] = [
  {
    name: "docker_logs",
    description: "Tail logs of a container",
    schema: { container: z.string(), tail: z.number().int().default(100) },
    handler: async ({ container, tail }) => {
      let cmd = "docker logs";
      cmd += ` --tail ${tail}`;
      cmd += " " + container;
      const out = execSync(cmd, { encoding: "utf8" }); // FLAW tool-input-to-shell
      return ok(out);
    },
  },
  {
    name: "docker_inspect",
    description: "Inspect a container",
    schema: { container: z.string() },
    handler: async ({ container }) => {
      const out = execFileSync("docker", ["inspect", "--format", "{{json .State}}", container], { encoding: "utf8" }); // SAFE tool-input-to-shell
      return ok(out);
    },
  },
  {
    name: "docker_ps",
    description: "List running containers",
    schema: { all: z.boolean().default(false) },
    handler: async ({ all }) => {
      const out = execSync(all ? "docker ps -a --format '{{.Names}}'" : "docker ps --format '{{.Names}}'", { encoding: "utf8" }); // SAFE tool-input-to-shell
      return ok(out);
    },
  },
  {
    name: "docker_exec",
    description: "Run a command inside a container",
    schema: { container: z.string(), command: z.array(z.string()) },
    handler: async (input) => {
      const parts = ["docker", "exec", input.container, ...input.command];
      const out = execSync(parts.join(" "), { encoding: "utf8" }); // FLAW tool-input-to-shell
      return ok(out);
    },
  },
];
