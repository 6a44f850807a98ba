import { Project } from "@orrery/contracts/projects";
import { expect } from "vitest";
import { z } from "zod";
import type { CliRun } from "./cli-process.js";

/** A failed run: nothing on stdout, exactly one `orrery: …` line on stderr, and the exit code. */
export function expectOneLineError(run: CliRun, code: number, message: string | RegExp): void {
  expect(run.stdout).toBe("");
  expect(run.stderr).toMatch(/^orrery: [^\n]+\n$/);
  if (typeof message === "string") expect(run.stderr).toBe(`orrery: ${message}\n`);
  else expect(run.stderr).toMatch(message);
  expect(run.code).toBe(code);
}

/** A successful run's stdout parsed as JSON (nothing on stderr, exit 0). */
export function jsonOf(run: CliRun): unknown {
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
}

/** The keys of the projects a successful `projects list --json` printed, in order. */
export function projectKeysOf(run: CliRun): string[] {
  return z
    .array(Project)
    .parse(jsonOf(run))
    .map((project) => project.key);
}
