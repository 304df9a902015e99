import type { AnalysisContext } from '../context';
export function analyzePy(_ctx: AnalysisContext): void {}
