/** Builders for the lift-controller service CLI (`liftctl`). */
export interface DiagOptions {
  car: number;
  level: "basic" | "full";
  since?: string;
}

export function diagArgv(bank: string, opts: DiagOptions): string[] {
  const argv = ["diag", "--bank", bank, "--car", String(opts.car), "--level", opts.level];
  if (opts.since) argv.push("--since", opts.since);
  return argv;
}

export function faultLogCommand(bank: string, grep: string): string {
  return `liftctl faults --bank ${bank} | grep -i "${grep}"`;
}

export const BANKS: Record<string, string> = {
  "north-tower": "NT",
  "south-tower": "ST",
  "car-park": "CP",
};
