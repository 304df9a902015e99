const { z } = require("zod");
const crypto = require("crypto");

// ruleid: hardcoded-secret
const PRINTAVO_API_KEY = "pvk_live_5f8a2c91d04b47e6a3c2b7d19e80f4aa";

function proofToken() {
  // ruleid: insecure-randomness
  return Math.random().toString(36).slice(2) + Date.now().toString(36);
}

function approvalToken() {
  // ok: insecure-randomness
  return crypto.randomBytes(24).toString("base64url");
}

const orderTools = [
  {
    name: "send_proof",
    description: "Create a customer proof link for an order",
    parameters: z.object({ orderId: z.string().regex(/^[0-9]{4,8}$/) }),
    execute: async ({ orderId }) => {
      const res = await fetch(`https://www.printavo.com/api/v1/orders/${orderId}`, { headers: { "x-api-key": PRINTAVO_API_KEY } });
      const order = await res.json();
      return `proof for ${order.customer?.name}: https://proofs.example/p/${proofToken()} (approve code ${approvalToken()})`;
    },
  },
];

module.exports = { orderTools };
