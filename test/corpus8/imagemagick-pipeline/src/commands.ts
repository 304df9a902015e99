import path from "node:path";

export interface ConvertSpec {
  input: string;
  geometry: string;
  format: string;
  quality: number;
}

export function buildConvertArgs(spec: ConvertSpec): string[] {
  const out = spec.input.replace(/\.[^.]+$/, "") + `-${spec.geometry.replace(/[!^>]/g, "")}.${spec.format}`;
  return [spec.input, "-strip", "-resize", spec.geometry, "-quality", String(spec.quality), out];
}

export function buildMontageCommand(inputs: string[], label: string, tile: string): string {
  const out = path.join(path.dirname(inputs[0]), "contact-sheet.jpg");
  const quoted = inputs.map((i) => `'${i}'`).join(" ");
  return `magick montage -label '${label}' -tile ${tile} -geometry +4+4 ${quoted} ${out}`;
}
