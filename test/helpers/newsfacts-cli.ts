import { spawnSync } from "node:child_process";

/** What a run of the command line gave: its exit code and its two streams. */
export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built command line (`dist/cli.js`, made by `npm run build`). */
export function newsfacts(...args: string[]): CliResult {
  const result = spawnSync(process.execPath, ["dist/cli.js", ...args], { encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
