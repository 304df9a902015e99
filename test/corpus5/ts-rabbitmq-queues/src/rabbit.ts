// RabbitMQ helpers: AMQP for publishing, management API for inspection.
import amqp from "amqplib";
import axios, { type AxiosInstance } from "axios";

// ruleid: hardcoded-secret
const FALLBACK_AMQP_URL = "amqps://orders-svc:Xk29!vQm7LpR@rabbit.prod.internal:5671/orders";

// ok: hardcoded-secret
const AMQP_URL = process.env.AMQP_URL ?? "amqp://localhost:5672";

export function amqpUrl(): string {
  return process.env.USE_PROD_BROKER === "1" ? FALLBACK_AMQP_URL : AMQP_URL;
}

export async function publish(exchange: string, routingKey: string, body: string): Promise<void> {
  const conn = await amqp.connect(amqpUrl());
  try {
    const ch = await conn.createConfirmChannel();
    await ch.checkExchange(exchange);
    ch.publish(exchange, routingKey, Buffer.from(body), { contentType: "application/json", persistent: true });
    await ch.waitForConfirms();
  } finally {
    await conn.close();
  }
}

export function management(baseURL: string): AxiosInstance {
  return axios.create({
    baseURL,
    auth: { username: process.env.RABBIT_MGMT_USER ?? "monitor", password: process.env.RABBIT_MGMT_PASSWORD ?? "" },
    timeout: 5000,
  });
}

export interface QueueInfo {
  name: string;
  messages: number;
  consumers: number;
  state: string;
}
