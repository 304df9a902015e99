// Expression evaluation back-ends for the formula server.
import vm from "node:vm";
import { evaluate as mathEvaluate } from "mathjs";

const ARITHMETIC = /^[0-9+\-*/%().\s]{1,200}$/;

export class Evaluator {
  private readonly context = vm.createContext({ Math, Date });

  /** Spreadsheet-style formula, e.g. "Math.round(price * 1.2)". */
  formula(source: string, variables: Record<string, number>): unknown {
    Object.assign(this.context, variables);
    // ruleid: tool-input-to-eval
    return vm.runInContext(source, this.context, { timeout: 250 });
  }

  /** Plain arithmetic only: digits, operators and parentheses. */
  arithmetic(expr: string): number {
    if (!ARITHMETIC.test(expr)) throw new Error("only numbers and + - * / % ( ) are allowed");
    // ok: tool-input-to-eval
    return Number(eval(expr));
  }

  /** Unit-aware maths through mathjs' own parser (no JavaScript evaluation). */
  units(expr: string): string {
    // ok: tool-input-to-eval
    return String(mathEvaluate(expr));
  }

  /** Weighted score with a fixed formula; the inputs are only data. */
  score(a: number, b: number, weight: number): number {
    // ok: tool-input-to-eval
    return vm.runInNewContext("a * weight + b * (1 - weight)", { a, b, weight }, { timeout: 50 }) as number;
  }
}
