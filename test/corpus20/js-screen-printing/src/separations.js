const fs = require("fs");
const path = require("path");
const yaml = require("js-yaml");
const { z } = require("zod");

const ART_ROOT = path.resolve(process.env.ART_ROOT || "/srv/screenprint/art");

function inArtRoot(rel) {
  const full = path.resolve(ART_ROOT, rel);
  if (!full.startsWith(ART_ROOT + path.sep)) throw new Error("outside the art folder");
  return full;
}

const separationTools = [
  {
    name: "read_separation_notes",
    description: "Read the notes file of a colour separation",
    parameters: z.object({ job: z.string(), file: z.string() }),
    execute: async ({ job, file }) => {
      // ok: tool-input-to-path
      return fs.promises.readFile(inArtRoot(path.join(job, file)), "utf8");
    },
  },
  {
    name: "list_films",
    description: "List the film positives printed for a job",
    parameters: z.object({ job: z.string() }),
    execute: async ({ job }) => {
      const dir = path.join(ART_ROOT, job, "films");
      // ruleid: tool-input-to-path
      const names = await fs.promises.readdir(dir);
      return names.join("\n");
    },
  },
  {
    name: "load_press_profile",
    description: "Load a press setup profile (YAML) pasted by the operator",
    parameters: z.object({ profile: z.string().max(20000) }),
    execute: async ({ profile }) => {
      // ruleid: unsafe-deserialization
      const p = yaml.load(profile, { schema: yaml.DEFAULT_FULL_SCHEMA });
      return `profile ${p.name}: ${p.heads} heads, flash ${p.flashSeconds}s`;
    },
  },
  {
    name: "load_press_profile_json",
    description: "Load a press setup profile exported as JSON",
    parameters: z.object({ profile: z.string().max(20000) }),
    execute: async ({ profile }) => {
      // ok: unsafe-deserialization
      const p = JSON.parse(profile);
      return `profile ${p.name}: ${p.heads} heads`;
    },
  },
];

module.exports = { separationTools };
