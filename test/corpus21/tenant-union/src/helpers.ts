import path from "node:path";

const CASES = process.env.UNION_CASES ?? "/srv/union/cases";

export function caseFolder(building: string): string {
  return path.join(CASES, building.toLowerCase());
}

export function buildPetitionCommand(petition: string, signers: string[]): string {
  const names = signers.map((s) => `--signer "${s}"`).join(" ");
  return `petition-sign ${names} /srv/union/petitions/${petition}.pdf`;
}
