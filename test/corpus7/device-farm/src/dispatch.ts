import type { AdbService } from "./adb.js";

export type ToolFn = (adb: AdbService, args: Record<string, any>) => Promise<string>;

export const DISPATCH: Record<string, ToolFn> = {
  list_devices: async (adb) => (await adb.devices()).join("\n"),
  device_shell: (adb, { serial, command }) => adb.shell(serial, command),
  install_apk: (adb, { serial, apk }) => adb.install(serial, apk),
  pull_file: (adb, { serial, remote, name }) => adb.pull(serial, remote, name),
  logcat: (adb, { serial, tag = "*", lines = 200 }) => adb.logcat(serial, tag, lines),
};
