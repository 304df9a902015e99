import https from "node:https";
import axios from "axios";

// ruleid: tls-verification-disabled
const agent = new https.Agent({ rejectUnauthorized: false });

export class ZabbixApi {
  private seq = 1;

  constructor(private readonly url: string, private readonly token: string) {}

  async call(method: string, params: Record<string, unknown>) {
    const { data } = await axios.post(this.url, { jsonrpc: "2.0", method, params, id: this.seq++ }, { httpsAgent: agent, headers: { Authorization: `Bearer ${this.token}` } });
    if (data.error) throw new Error(data.error.data);
    return data.result;
  }
}
