import dgram from "node:dgram";

function pad4(buf: Buffer): Buffer {
  const extra = (4 - (buf.length % 4)) % 4;
  return Buffer.concat([buf, Buffer.alloc(extra === 0 ? 4 : extra)]);
}

function oscString(s: string): Buffer {
  return pad4(Buffer.from(s, "ascii"));
}

export class OscBridge {
  private socket = dgram.createSocket("udp4");

  constructor(private host: string, private port: number) {}

  async send(address: string, value: number | string, universe: number): Promise<void> {
    const typeTag = typeof value === "number" ? ",fi" : ",si";
    const arg = typeof value === "number" ? Buffer.alloc(4) : oscString(value);
    if (typeof value === "number") arg.writeFloatBE(value);
    const uni = Buffer.alloc(4);
    uni.writeInt32BE(universe);
    const packet = Buffer.concat([oscString(address), oscString(typeTag), arg, uni]);
    await new Promise<void>((resolve, reject) => this.socket.send(packet, this.port, this.host, (err) => (err ? reject(err) : resolve())));
  }

  async playFrames(frames: Array<[number, number]>): Promise<void> {
    for (const [ch, lvl] of frames) await this.send(`/eos/chan/${ch}`, lvl, 1);
  }
}
