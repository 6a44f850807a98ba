import { spawn } from "node:child_process";
import { Invalid, Unavailable } from "@orrery/core/errors/domain-error";

/** A scan that takes longer than this is treated as a scanner failure. */
const SCAN_TIMEOUT_MS = 120_000;

/**
 * The virus-scan hook: ORRERY_SCAN_COMMAND runs through `/bin/sh` with the uploaded file's
 * path as its last argument (`clamdscan --no-summary` becomes `clamdscan --no-summary <path>`),
 * before anything is stored. Exit 0 accepts the file; any other exit refuses it (422, with the
 * scanner's first line of output); a command that cannot run (126, 127) or times out is a 503.
 */
export async function scanUpload(command: string | null, filePath: string): Promise<void> {
  if (command === null) return;
  const { code, output } = await run(command, filePath);
  if (code === 0) return;
  if (code === 126 || code === 127 || code === null)
    throw new Unavailable("the virus scanner could not run; try again or ask an administrator");
  const said = output
    .split("\n")
    .find((line) => line.trim() !== "")
    ?.trim();
  throw new Invalid([
    {
      path: "file",
      message: `was rejected by the scanner${said ? `: ${said.slice(0, 200)}` : ""}`,
    },
  ]);
}

function run(command: string, filePath: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("/bin/sh", ["-c", `${command} "$1"`, "orrery-scan", filePath], {
      stdio: ["ignore", "pipe", "pipe"],
      timeout: SCAN_TIMEOUT_MS,
    });
    let output = "";
    const keep = (chunk: Buffer) => {
      if (output.length < 4096) output += chunk.toString("utf8");
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, output }));
  });
}
