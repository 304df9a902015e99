// kafkajs client for the events cluster.
import { Kafka, logLevel, type SASLOptions } from "kafkajs";

const brokers = (process.env.KAFKA_BROKERS ?? "kafka-1.events.internal:9094").split(",");

const sasl: SASLOptions = {
  mechanism: "scram-sha-512",
  username: process.env.KAFKA_USERNAME ?? "mcp-admin",
  password: process.env.KAFKA_PASSWORD ?? "",
};

export const kafka = new Kafka({
  clientId: "mcp-kafka-admin",
  brokers,
  // ruleid: tls-verification-disabled
  ssl: { rejectUnauthorized: false },
  sasl,
  logLevel: logLevel.WARN,
});

export const admin = kafka.admin();

export async function peek(topic: string, max: number): Promise<{ offset: string; key: string | null; value: string }[]> {
  const consumer = kafka.consumer({ groupId: `mcp-peek-${Date.now()}` });
  const out: { offset: string; key: string | null; value: string }[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: false });
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 5000);
    void consumer.run({
      eachMessage: async ({ message }) => {
        out.push({ offset: message.offset, key: message.key?.toString() ?? null, value: message.value?.toString("utf8") ?? "" });
        if (out.length >= max) {
          clearTimeout(timer);
          resolve();
        }
      },
    });
  });
  await consumer.disconnect();
  return out;
}
