export interface Tug {
  name: string;
  hp: number;
  bollardPullT: number;
  busyUntil?: string;
}

export class TugFleet {
  constructor(private tugs: Tug[], private jobList: { vessel: string; tugs: string[] }[] = []) {}

  available(): Tug[] {
    const now = new Date().toISOString();
    return this.tugs.filter((t) => !t.busyUntil || t.busyUntil < now);
  }

  jobs() {
    return [...this.jobList];
  }
}
