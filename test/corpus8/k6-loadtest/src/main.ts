import { FastMCP } from "fastmcp";
import { z } from "zod";
import { runScenario, summarize, evaluateThreshold, evaluateThresholdStrict } from "./runner.js";
import { scenarioFile, ScenarioOptions } from "./scenarios.js";

const server = new FastMCP({ name: "k6-loadtest", version: "0.4.0" });

server.addTool({
  name: "run_scenario",
  description: "Run a stored k6 scenario against a staging target",
  parameters: z.object({
    scenario: z.string().regex(/^[a-z0-9-]+$/),
    vus: z.number().int().min(1).max(200).default(10),
    duration: z.string().regex(/^[0-9]{1,3}[sm]$/).default("30s"),
    target: z.enum(["staging", "perf"]),
  }),
  execute: async (args) => {
    const opts: ScenarioOptions = { ...args };
    const file = scenarioFile(opts.scenario);
    return runScenario(file, opts);
  },
});

server.addTool({
  name: "run_ad_hoc",
  description: "Run an ad-hoc k6 invocation with extra CLI flags",
  parameters: z.object({
    scenario: z.string(),
    extraFlags: z.string().max(200).default(""),
  }),
  execute: async ({ scenario, extraFlags }) => {
    const file = scenarioFile(scenario);
    return runScenario(file, { scenario, vus: 1, duration: "10s", target: "staging", extraFlags });
  },
});

server.addTool({
  name: "check_threshold",
  description: "Evaluate a threshold expression (e.g. p95 < 300) against the last summary",
  parameters: z.object({ expression: z.string().max(120) }),
  execute: async ({ expression }) => {
    const summary = await summarize();
    return String(evaluateThreshold(expression, summary));
  },
});

server.addTool({
  name: "check_threshold_strict",
  description: "Evaluate a threshold of the form '<metric> <op> <number>' against the last summary",
  parameters: z.object({ expression: z.string().max(40) }),
  execute: async ({ expression }) => String(evaluateThresholdStrict(expression, await summarize())),
});

server.addTool({
  name: "read_summary",
  description: "Return a previous run's summary JSON",
  parameters: z.object({
    // ruleid: weak-input-schema
    run: z.any(),
  }),
  execute: async ({ run }) => summarize(String(run)),
});

server.start({ transportType: "stdio" });
