import { describe, expect, it } from "vitest";
import { describeServer, resolveConnection } from "./api-connection.js";

describe("resolveConnection", () => {
  it("prefers the flags to the environment, and defaults the address", () => {
    const env = { ORRERY_URL: "http://env.example:1", ORRERY_TOKEN: "orr_env" };
    const fromFlags = resolveConnection(
      { url: "https://flag.example/orrery/", token: "orr_flag" },
      env,
    );
    expect(describeServer(fromFlags)).toBe("https://flag.example/orrery");
    expect(fromFlags.token).toBe("orr_flag");
    expect(resolveConnection({}, env).token).toBe("orr_env");
    expect(describeServer(resolveConnection({}, { ORRERY_TOKEN: "orr_env" }))).toBe(
      "http://localhost:4280",
    );
  });

  it.each([
    [{}, {}, /^no API token: set ORRERY_TOKEN/],
    [{ token: "orr_x", url: "localhost:4280" }, {}, /^--url: must be an http\(s\) address/],
    [
      { token: "orr_x" },
      { ORRERY_URL: "ftp://files" },
      /^ORRERY_URL: must be an http\(s\) address/,
    ],
    [
      { token: "orr_x", url: "http://me:secret@host" },
      {},
      /^--url: must not contain a user name or password/,
    ],
    [{ token: "orr_x y" }, {}, /^the API token contains spaces/],
  ])("refuses %j %j with exit 2", (flags, env, message) => {
    expect(() => resolveConnection(flags, env)).toThrow(expect.objectContaining({ exitCode: 2 }));
    expect(() => resolveConnection(flags, env)).toThrow(message);
  });

  it("never repeats the token or a password in its messages", () => {
    expect(() => resolveConnection({ token: "orr_sec ret" }, {})).not.toThrow(/sec/);
    expect(() =>
      resolveConnection({ token: "orr_x", url: "http://me:hunter2@host" }, {}),
    ).not.toThrow(/hunter2/);
  });
});
