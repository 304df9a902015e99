import * as cp from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const execFile = promisify(cp.execFile);
const APK_DIR = path.resolve(process.env.APK_DIR ?? "/srv/device-farm/apks");
const ALLOWED_SHELL = ["getprop", "dumpsys", "pm", "wm", "settings", "input"];
const REMOTE_PATH = /[\w./-]+/;

export class AdbService {
  constructor(private readonly adbPath: string = process.env.ADB ?? "adb") {}

  async devices(): Promise<string[]> {
    const { stdout } = await execFile(this.adbPath, ["devices"]);
    return stdout.split("\n").slice(1).map((l) => l.split("\t")[0]).filter(Boolean);
  }

  shell(serial: string, command: string): Promise<string> {
    const [bin] = command.trim().split(/\s+/);
    if (!ALLOWED_SHELL.includes(bin)) {
      return Promise.reject(new Error(`only ${ALLOWED_SHELL.join(", ")} may be run on devices`));
    }
    return new Promise((resolve, reject) => {
      // ruleid: tool-input-to-shell
      cp.exec(`${this.adbPath} -s ${serial} shell ${command}`, { timeout: 60_000 }, (err, stdout, stderr) => (err ? reject(new Error(stderr || err.message)) : resolve(stdout)));
    });
  }

  async install(serial: string, apkName: string): Promise<string> {
    const apk = path.resolve(APK_DIR, apkName);
    if (!apk.startsWith(APK_DIR + path.sep)) throw new Error("APK must be inside the farm's APK folder");
    // ok: tool-input-to-shell
    const { stdout } = await execFile(this.adbPath, ["-s", serial, "install", "-r", apk]);
    return stdout;
  }

  async pull(serial: string, remote: string, localName: string): Promise<string> {
    if (!REMOTE_PATH.test(remote)) throw new Error("invalid device path");
    const dest = path.join("/srv/device-farm/pulled", serial, localName);
    // ruleid: tool-input-to-shell
    cp.execSync(`${this.adbPath} -s ${serial} pull ${remote} ${dest}`);
    return dest;
  }

  async logcat(serial: string, tag: string, lines: number): Promise<string> {
    // ok: tool-input-to-shell
    const { stdout } = await execFile(this.adbPath, ["-s", serial, "logcat", "-d", "-t", String(lines), "-s", tag]);
    return stdout;
  }
}
