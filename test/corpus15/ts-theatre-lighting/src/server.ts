import { FastMCP, UserError } from "fastmcp";
import { z } from "zod";
import { readFile } from "node:fs/promises";
import * as path from "node:path";
import vm from "node:vm";
import got from "got";
import { OscBridge } from "./osc.js";
import { CueStack, type Cue } from "./cues.js";

const SHOW_DIR = path.resolve(process.env.SHOW_DIR ?? "./shows");
const bridge = new OscBridge(process.env.CONSOLE_HOST ?? "192.168.50.10", Number(process.env.CONSOLE_PORT ?? 8000));
const stack = new CueStack(bridge);

const server = new FastMCP({ name: "theatre-lighting", version: "0.9.0" });

server.addTool({
  name: "go",
  description: "Fire the next cue in the stack",
  parameters: z.object({}),
  execute: async () => {
    const cue = await stack.go();
    return cue ? `GO ${cue.number}: ${cue.label}` : "end of stack";
  },
});

server.addTool({
  name: "fire_cue",
  description: "Jump to and fire a cue by number (e.g. 12 or 12.5)",
  parameters: z.object({ cue: z.string().regex(/^[0-9]{1,4}(\.[0-9]{1,2})?$/) }),
  execute: async ({ cue }) => {
    await stack.fire(cue);
    return `fired ${cue}`;
  },
});

server.addTool({
  name: "set_channel",
  description: "Set a DMX channel level (0-255) on a universe",
  parameters: z.object({ universe: z.number().int().min(1).max(16), channel: z.number().int().min(1).max(512), level: z.number().int().min(0).max(255) }),
  execute: async ({ universe, channel, level }) => {
    await bridge.send(`/eos/chan/${channel}`, level / 2.55, universe);
    return `U${universe} ch${channel} @ ${level}`;
  },
});

server.addTool({
  name: "run_effect",
  description: "Run a chase effect script; the script receives `t` (seconds) and `set(channel, level)`",
  parameters: z.object({ script: z.string(), seconds: z.number().max(120).default(10) }),
  execute: async ({ script, seconds }) => {
    const frames: Array<[number, number]> = [];
    const sandbox = { t: 0, set: (ch: number, lvl: number) => frames.push([ch, lvl]) };
    for (let t = 0; t < seconds; t += 0.04) {
      sandbox.t = t;
      // ruleid: tool-input-to-eval
      vm.runInNewContext(script, sandbox, { timeout: 50 });
    }
    await bridge.playFrames(frames);
    return `played ${frames.length} frames`;
  },
});

server.addTool({
  name: "load_show",
  description: "Load a cue list (JSON) from the show folder",
  parameters: z.object({ file: z.string() }),
  execute: async ({ file }) => {
    const abs = path.resolve(SHOW_DIR, file);
    if (path.relative(SHOW_DIR, abs).startsWith("..")) throw new UserError("show files live in the show folder");
    // ok: tool-input-to-path
    const raw = await readFile(abs, "utf8");
    // ok: unsafe-deserialization
    const cues = JSON.parse(raw) as Cue[];
    stack.load(cues);
    return `loaded ${cues.length} cues from ${path.basename(abs)}`;
  },
});

server.addTool({
  name: "fixture_profile",
  description: "Fetch a fixture definition from the Open Fixture Library",
  parameters: z.object({ manufacturer: z.string(), model: z.string() }),
  execute: async ({ manufacturer, model }) => {
    // ok: tool-input-to-url
    const profile = await got(`https://open-fixture-library.org/${encodeURIComponent(manufacturer)}/${encodeURIComponent(model)}.json`).json<{ name: string; modes: unknown[] }>();
    return `${profile.name}: ${profile.modes.length} modes`;
  },
});

server.addTool({
  name: "import_fixture",
  description: "Import a fixture definition from a URL (GDTF share, manufacturer site)",
  parameters: z.object({ url: z.string().url() }),
  execute: async ({ url }) => {
    // ruleid: tool-input-to-url
    const body = await got(url, { timeout: { request: 8000 } }).text();
    return `downloaded ${body.length} bytes`;
  },
});

server.addTool({
  name: "patch_fixtures",
  description: "Patch a batch of fixtures (address → attributes)",
  parameters: z.object({
    // ruleid: weak-input-schema
    patch: z.record(z.any()),
  }),
  execute: async ({ patch }) => {
    for (const [address, attrs] of Object.entries(patch)) await bridge.send(`/eos/patch/${Number(address)}`, JSON.stringify(attrs), 1);
    return `patched ${Object.keys(patch).length} fixtures`;
  },
});

server.addTool({
  name: "blackout",
  description: "Fade everything to zero",
  parameters: z.object({ fadeSeconds: z.number().min(0).max(30).default(3) }),
  annotations: { destructiveHint: true },
  execute: async ({ fadeSeconds }) => {
    await bridge.send("/eos/key/blackout", fadeSeconds, 1);
    return "blackout";
  },
});

server.start({ transportType: "stdio" });
