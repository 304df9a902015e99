import type { AnalysisContext } from '../context';
export function analyzeJs(_ctx: AnalysisContext): void {}
