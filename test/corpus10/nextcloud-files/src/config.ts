import path from "node:path";
import os from "node:os";

export interface NcConfig {
  syncRoot: string;
  exportDir: string;
  url: string;
  user: string;
  appPassword: string;
}

const defaults = {
  syncRoot: path.join(os.homedir(), "Nextcloud"),
  exportDir: path.join(os.homedir(), "Nextcloud", "Exports"),
  url: "https://cloud.example.net",
};

export function loadConfig(): NcConfig {
  const cfg: NcConfig = {
    ...defaults,
    syncRoot: process.env.NC_SYNC_ROOT ?? defaults.syncRoot,
    user: process.env.NC_USER ?? "",
    appPassword: process.env.NC_APP_PASSWORD ?? "",
  };
  // ruleid: sensitive-data-logged
  console.error(`nextcloud-files: user ${cfg.user} app password ${cfg.appPassword} root ${cfg.syncRoot}`);
  return cfg;
}
