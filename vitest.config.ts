import { defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

// Tests import workspace packages from their TypeScript source (the "source" export
// condition), so a test run never depends on a stale build of a sibling package.
const conditions = ["source", ...defaultServerConditions];

const suite = (name: string, include: string[], extra: Record<string, unknown> = {}) => ({
  extends: true as const,
  test: { name, include, ...extra },
});

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ["source"] } },
  test: {
    reporters: ["default", "./scripts/summary-reporter.ts"],
    // Vitest's default is one worker fewer than the cores: one on CI's two, which runs every
    // file in turn. Most files wait on servers, PostgreSQL and Chromium rather than compute, so
    // two workers keep both cores busy.
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      suite("scheduler", ["packages/scheduler/src/**/*.test.ts"]),
      suite("interop", ["packages/interop/src/**/*.test.ts"], {
        exclude: ["packages/interop/src/conformance/**"],
      }),
      suite("contracts", ["packages/contracts/src/**/*.test.ts"]),
      suite("core", ["packages/core/src/**/*.test.ts"]),
      suite("server", ["packages/server/src/**/*.test.ts"]),
      suite("cli", ["packages/cli/src/**/*.test.ts"]),
      suite("web", ["packages/web/src/**/*.test.{ts,tsx}"]),
      suite("browser", ["packages/web/e2e/**/*.test.ts"], { fileParallelism: false }),
      suite("conformance", ["packages/interop/src/conformance/**/*.test.ts"]),
    ],
  },
});
