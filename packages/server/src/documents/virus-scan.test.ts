import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Invalid, Unavailable } from "@orrery/core/errors/domain-error";
import { afterAll, describe, expect, it } from "vitest";
import { scanUpload } from "./virus-scan.js";

const dir = mkdtempSync(join(tmpdir(), "orrery-scan-test-"));
const file = join(dir, "upload with spaces.txt");
writeFileSync(file, "hello");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the virus-scan hook", () => {
  it("accepts every file when no command is set", async () => {
    await expect(scanUpload(null, file)).resolves.toBeUndefined();
  });

  it("passes the file's path as the last argument, quoted", async () => {
    await expect(scanUpload("test -f", file)).resolves.toBeUndefined();
    await expect(scanUpload("grep -q hello", file)).resolves.toBeUndefined();
  });

  it("refuses the file on a non-zero exit, with the scanner's first line", async () => {
    const refusal = await scanUpload(
      "echo; echo 'Win.Test.EICAR_HDB-1 FOUND'; exit 1; :",
      file,
    ).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(Invalid);
    expect(refusal instanceof Invalid ? refusal.errors : []).toEqual([
      { path: "file", message: "was rejected by the scanner: Win.Test.EICAR_HDB-1 FOUND" },
    ]);
  });

  it("is unavailable, not a refusal, when the scanner cannot run", async () => {
    await expect(scanUpload("/nonexistent/scanner", file)).rejects.toBeInstanceOf(Unavailable);
  });
});
