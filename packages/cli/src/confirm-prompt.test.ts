import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { confirm } from "./confirm-prompt.js";

async function answer(typed: string | null): Promise<{ yes: boolean; asked: string }> {
  const input = new PassThrough();
  const output = new PassThrough();
  let asked = "";
  output.on("data", (chunk: Buffer) => {
    asked += chunk.toString();
  });
  const result = confirm("Delete project ERP?", { input, output });
  if (typed === null) input.end();
  else input.write(typed);
  return { yes: await result, asked };
}

describe("confirm", () => {
  it.each([
    ["y\n", true],
    ["YES\n", true],
    [" yes \n", true],
    ["\n", false],
    ["n\n", false],
    ["yep\n", false],
    [null, false],
  ])("takes %j as %s", async (typed, yes) => {
    const result = await answer(typed);
    expect(result.yes).toBe(yes);
    expect(result.asked).toBe("Delete project ERP? [y/N] ");
  });
});
