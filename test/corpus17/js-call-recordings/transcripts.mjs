import got from "got";

const TRANSCRIBE_API = "https://speech.example-vendor.com/v2";

export async function requestTranscript(callId, language) {
  // ok: tool-input-to-url
  return got.post(`${TRANSCRIBE_API}/jobs`, { json: { callId, language }, headers: { "x-api-key": process.env.SPEECH_KEY } }).json();
}

export async function fetchTranscript(jobUrl) {
  // ruleid: tool-input-to-url
  return got(jobUrl, { timeout: { request: 10000 } }).text();
}

export async function pushToCrm({ endpoint, callId, summary }) {
  const target = `${endpoint.replace(/\/$/, "")}/activities`;
  // ruleid: tool-input-to-url
  await got.post(target, { json: { callId, summary } });
}
