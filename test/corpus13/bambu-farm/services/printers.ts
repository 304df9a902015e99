import mqtt from "mqtt";

const BROKER = process.env.BAMBU_BROKER ?? "mqtts://192.168.1.40:8883";

export class PrinterPool {
  private client = mqtt.connect(BROKER, {
    username: "bblp",
    password: process.env.BAMBU_ACCESS_CODE,
    // ruleid: tls-verification-disabled
    rejectUnauthorized: false,
  });
  private last = new Map<string, unknown>();

  constructor() {
    this.client.on("message", (topic, payload) => {
      const serial = topic.split("/")[1];
      this.last.set(serial, JSON.parse(payload.toString()));
    });
    this.client.subscribe("device/+/report");
  }

  async send(serial: string, gcodeBody: string): Promise<void> {
    const payload = { print: { command: "gcode_line", param: gcodeBody.slice(0, 4096), sequence_id: "0" } };
    this.client.publish(`device/${serial}/request`, JSON.stringify(payload));
  }

  async status(serial: string): Promise<unknown> {
    return this.last.get(serial) ?? { state: "unknown" };
  }
}
