import vm from "node:vm";
import { BaseTool } from "./base.mjs";

const CHECKERS = {
  exact: "return a.replace(/[^A-Z]/gi, '').toUpperCase() === s;",
  anagram: "return a.replace(/[^A-Z]/gi, '').toUpperCase().split('').sort().join('') === s.split('').sort().join('');",
  prefix: "return a.replace(/[^A-Z]/gi, '').toUpperCase().startsWith(s);",
};

export class CheckAnswer extends BaseTool {
  name = "check_answer";
  description = "Check a team's answer to a puzzle";
  inputSchema = {
    type: "object",
    properties: { puzzle: { type: "string" }, answer: { type: "string", maxLength: 200 } },
    required: ["puzzle", "answer"],
  };

  async execute({ puzzle, answer }) {
    const p = this.ctx.puzzles.get(puzzle);
    if (!p) throw new Error("no such puzzle");
    const kind = p.checker in CHECKERS ? p.checker : "exact";
    // ok: tool-input-to-eval
    const check = new Function("a", "s", CHECKERS[kind]);
    return check(String(answer), p.solution) ? "Correct!" : "Not quite.";
  }
}

export class NormaliseAnswer extends BaseTool {
  name = "normalise_answer";
  description = "Show how the hunt normalises an answer before checking";
  inputSchema = { type: "object", properties: { answer: { type: "string" } }, required: ["answer"] };

  async execute({ answer }) {
    // ok: tool-input-to-eval
    const out = vm.runInNewContext("answer.normalize('NFKD').replace(/[^A-Za-z]/g, '').toUpperCase()", { answer: String(answer) }, { timeout: 20 });
    return out;
  }
}

export class TestMetaRule extends BaseTool {
  name = "test_meta_rule";
  description = "Puzzle writers: test a metapuzzle extraction rule against the feeder answers";
  inputSchema = {
    type: "object",
    properties: { rule: { type: "string", description: "JS expression over `answers` (array of strings)" } },
    required: ["rule"],
  };

  async execute({ rule }) {
    const answers = [...this.ctx.puzzles.values()].filter((p) => p.round === "feeder").map((p) => p.solution);
    // ruleid: tool-input-to-eval
    const result = eval(`((answers) => ${rule})`)(answers);
    return JSON.stringify(result);
  }
}
