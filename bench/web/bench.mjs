// `npm run bench web`: the Plan page with a 10,000-task plan in headless Chromium, measured with
// the browser's own clocks (performance.now, resource timing, requestAnimationFrame,
// long-animation-frame entries): load to first paint of grid and bars, frames while scrolling
// through the whole plan, and the repaint after a duration edit. A real server (embedded store,
// or PostgreSQL with ORRERY_BENCH_STORE=postgres) runs in this process; build first.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { startTestServer } from "@orrery/server/testing/test-server";
import { chromium } from "playwright-core";
import { wheelScrollFrames } from "../../packages/web/e2e/chromium-trace.mjs";
import { resultsTable } from "../results-table.mjs";
import {
  planLoadFigures,
  recordPlanLoad,
  scrollThroughPlan,
  watchBarRepaint,
  watchRowCoverage,
} from "./in-page.mjs";
import { planCsv } from "./plan-csv.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const TASKS = Number(process.env.ORRERY_BENCH_TASKS ?? 10_000);
const RUNS = Number(process.env.ORRERY_BENCH_RUNS ?? 5);
const SCROLL_RUNS = Number(process.env.ORRERY_BENCH_SCROLL_RUNS ?? 3);
// Pixels per frame: 8 rows of 28 px, 13,000 px/s at 60 Hz, a brisk wheel scroll.
const SCROLL_STEP = Number(process.env.ORRERY_BENCH_SCROLL_STEP ?? 224);
const STORE = process.env.ORRERY_BENCH_STORE === "postgres" ? "postgres" : "pglite";
const CHROMIUM = process.env.ORRERY_CHROMIUM ?? "/usr/bin/chromium";
const FRAME = 1000 / 60;

if (!existsSync(join(root, "packages/web/dist/index.html"))) {
  console.error("build first: npm run build");
  process.exit(2);
}

const results = resultsTable();
const report = results.report;

const server = await startTestServer({
  database: STORE,
  // ORRERY_WEB_DIR=another build of packages/web compares two versions of the app.
  env: process.env.ORRERY_WEB_DIR ? { ORRERY_WEB_DIR: process.env.ORRERY_WEB_DIR } : {},
  postgresUrl: process.env.ORRERY_BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test",
});
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  // As the browser tests run it (packages/web/e2e/browser.ts): no sandbox, no GPU, quiet.
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
try {
  const api = apiAsAdmin(server);
  const project = await api("POST", "projects", { key: "BIG", name: "Ten thousand tasks" });
  const imported = await importPlan(server, project.id, planCsv(TASKS));
  const { items: tasks } = await api("GET", `projects/${project.id}/tasks`);
  const { items: links } = await api("GET", `projects/${project.id}/links`);
  console.error(`  imported ${imported.taskCount} tasks, ${links.length} links`);
  const edited = tasksToEdit(tasks);
  const planPath = `/orgs/${server.org.slug}/projects/${project.id}/plan`;

  const context = await browser.newContext({
    baseURL: server.url,
    viewport: { width: 1280, height: 800 },
    locale: "en-GB",
    timezoneId: "Europe/Amsterdam",
  });
  await context.addInitScript(recordPlanLoad);
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await signIn(page, server.admin);

  const loads = [];
  const toData = [];
  const loadFrames = [];
  const repaints = { floating: [], critical: [] };
  const changedCounts = {};
  for (let run = 0; run < RUNS; run++) {
    await page.goto(planPath);
    await page.waitForFunction(() => window.__bench?.paintedAt !== null);
    const load = await page.evaluate(planLoadFigures);
    if (load.requests < 2) throw new Error("the plan's tasks and links were not fetched");
    loads.push(load.painted);
    toData.push(load.painted - load.dataLoaded);
    loadFrames.push(load.longestFrame);
    for (const kind of ["floating", "critical"]) {
      const edit = await editAndTimeRepaint(page, edited[kind], run);
      repaints[kind].push(edit.ms);
      changedCounts[kind] = edit.changed;
    }
  }
  report(
    `open the Plan page: navigation → grid and bars painted (ms, median of ${RUNS})`,
    round(median(loads)),
  );
  report(
    `open the Plan page: tasks and links loaded → grid and bars painted (ms, median of ${RUNS})`,
    round(median(toData)),
    "≤ 1500",
  );
  report("longest animation frame while opening (ms, median)", round(median(loadFrames)));
  for (const [kind, label] of [
    ["floating", "a task with float"],
    ["critical", "a critical task"],
  ]) {
    report(
      `duration edit of ${label}: PATCH answered → changed bars painted (ms, median of ${RUNS})`,
      round(median(repaints[kind])),
      "≤ 150",
    );
    report(`duration edit of ${label}: slowest run (ms)`, round(Math.max(...repaints[kind])));
    report(`duration edit of ${label}: tasks in the answer`, changedCounts[kind]);
  }

  if (SCROLL_RUNS > 0) {
    await measureWheelScroll(page, planPath);
    await measureScroll(page, planPath);
  }

  results.print();
  console.log(
    `\n${imported.taskCount.toLocaleString("en")} tasks (WBS of phases and work packages, 5 % milestones) ` +
      `and ${links.length.toLocaleString("en")} links imported from a generated CSV; ` +
      `${STORE === "pglite" ? "embedded store (PGlite)" : "PostgreSQL"}, server in the bench's process. ` +
      `Headless ${browser.version()} (software rendering, --disable-gpu), 1280 × 800. ` +
      `Edits: the durations of "${edited.floating.name}" (row ${edited.floating.position}) and ` +
      `"${edited.critical.name}" (row ${edited.critical.position}) typed into the grid. Load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}; ` +
      `uptime: ${execFileSync("uptime", { encoding: "utf8" }).trim()}.`,
  );
} finally {
  await browser.close();
  await server.close();
}

/**
 * Scrolls through the whole plan as a wheel does, SCROLL_RUNS times: Chromium's input pipeline
 * takes a synthesized scroll gesture of SCROLL_STEP pixels a frame, and its frame reporter (the
 * source of Chrome's own smoothness figures, read from a trace) says which frames were
 * presented, dropped, or shown without the main thread's latest update.
 */
async function measureWheelScroll(page, planPath) {
  const runs = [];
  for (let run = 0; run < SCROLL_RUNS; run++) {
    await openToScroll(page, planPath);
    const distance = await page.evaluate(watchRowCoverage);
    const frames = frameReports(
      await wheelScrollFrames(page, ".plan-scroller", distance, SCROLL_STEP * 60),
    );
    const coverage = await page.evaluate(() => window.__coverage);
    if (coverage.lastRow !== coverage.total)
      throw new Error(`the wheel scroll ended at row ${coverage.lastRow} of ${coverage.total}`);
    runs.push({ ...frames, ...coverage });
  }
  const per = (key) => median(runs.map((r) => r[key]));
  const all = (key) => runs.reduce((sum, r) => sum + r[key], 0);
  report(
    `wheel scroll through all ${TASKS.toLocaleString("en")} rows, ${SCROLL_STEP} px per frame: frames (median of ${SCROLL_RUNS})`,
    per("frames"),
  );
  report(
    "wheel scroll: frames scrolled by the compositor thread, median per run",
    per("compositor"),
  );
  report(`wheel scroll: frames dropped, in all ${SCROLL_RUNS} runs`, all("dropped"), "0");
  report(
    "wheel scroll: frames shown before the main thread's update (rows still those of an earlier frame), median per run",
    per("partial"),
  );
  report(
    `wheel scroll: main-thread frames with rows not yet rendered in view, in all ${SCROLL_RUNS} runs`,
    all("blank"),
    "0",
  );
}

/** Opens the plan and lets it settle before a scroll. */
async function openToScroll(page, planPath) {
  await page.goto(planPath);
  await page.waitForFunction(() => window.__bench?.paintedAt !== null);
  await page.waitForTimeout(500);
}

/**
 * Counts the frames of a scroll. A frame of the page's compositor can have more than one
 * report (the main thread's part of a frame can be reported apart from the compositor's); it
 * counts once, with its worst fate.
 */
function frameReports(reported) {
  const rank = { STATE_PRESENTED_ALL: 0, STATE_PRESENTED_PARTIAL: 1, STATE_DROPPED: 2 };
  const frames = new Map();
  for (const frame of reported) {
    if (frame.scroll_state === "SCROLL_NONE" || !(frame.state in rank)) continue;
    const key = `${frame.pid}:${frame.frame_sequence}`;
    const seen = frames.get(key);
    if (!seen || rank[frame.state] > rank[seen.state]) frames.set(key, frame);
  }
  const all = [...frames.values()];
  const count = (test) => all.filter(test).length;
  return {
    frames: all.length,
    dropped: count((f) => f.state === "STATE_DROPPED"),
    partial: count((f) => f.state === "STATE_PRESENTED_PARTIAL"),
    compositor: count((f) => f.scroll_state === "SCROLL_COMPOSITOR_THREAD"),
  };
}

/**
 * The worst case: a script moves `scrollTop` in every animation frame, so every frame waits for
 * the main thread (React, style, layout, paint and the garbage collector). SCROLL_RUNS times.
 */
async function measureScroll(page, planPath) {
  const scrolls = [];
  for (let run = 0; run < SCROLL_RUNS; run++) {
    await openToScroll(page, planPath);
    const scroll = await page.evaluate(scrollThroughPlan, SCROLL_STEP);
    if (scroll.lastRow !== scroll.total)
      throw new Error(`the scroll ended at row ${scroll.lastRow} of ${scroll.total}`);
    scrolls.push(scroll);
  }
  const frames = scrolls.map((s) => s.intervals);
  const all = frames.flat();
  report(
    `scripted scroll (scrollTop set in each animation frame) through all ${TASKS.toLocaleString("en")} rows, ${SCROLL_STEP} px per frame: frames (median of ${SCROLL_RUNS})`,
    median(frames.map((f) => f.length)),
  );
  report("scripted scroll: median frame interval (ms)", round(quantile(all, 0.5), 1));
  report("scripted scroll: p95 frame interval (ms)", round(quantile(all, 0.95), 1));
  report(
    "scripted scroll: frames that missed a vsync (> 1.5 × 16.7 ms), median per run",
    median(frames.map((f) => f.filter((t) => t > 1.5 * FRAME).length)),
  );
  report(
    "scripted scroll: frames over 33.3 ms, median per run",
    median(frames.map((f) => f.filter((t) => t > 2 * FRAME).length)),
  );
  report("scripted scroll: longest frame interval (ms)", round(Math.max(...all), 1));
  report(
    "scripted scroll: frames painted with rows not yet rendered, median per run",
    median(scrolls.map((s) => s.blank)),
    "0",
  );
  report(
    "scripted scroll: long animation frames (> 50 ms), median per run",
    median(scrolls.map((s) => s.longFrames.length)),
  );
}

/** Types a new duration into the task's grid cell and times the repaint of its bar. */
async function editAndTimeRepaint(page, task, run) {
  // Scroll the task into the middle of the view, as a person looking at it would have.
  await page.evaluate(
    ([position]) => {
      const scroller = document.querySelector(".plan-scroller");
      scroller.scrollTop = (position - 10) * 28;
    },
    [task.position],
  );
  const cell = page.locator(`button[aria-label^="Duration of ${task.name}: "]`);
  await cell.click();
  await page.evaluate(watchBarRepaint, task.uid);
  const answer = page.waitForResponse((r) => r.request().method() === "PATCH");
  const refetched = page.waitForResponse(
    (r) => r.request().method() === "GET" && new URL(r.url()).pathname.endsWith("/tasks"),
  );
  const days = Math.round(task.durationMinutes / 480) + (run % 2 === 0 ? 5 : 0);
  await page.getByLabel(`Duration of ${task.name}`, { exact: true }).fill(`${days}d`);
  await page.keyboard.press("Enter");
  const repaint = await page.evaluate(() => window.__repaint);
  // Let the refetch that follows (and the one the change's event asks for) settle.
  await refetched;
  await page.waitForTimeout(1000);
  const { changed, rescheduled } = await (await answer).json();
  return {
    ms: repaint.painted - repaint.answered,
    changed: `${changed.length} in full, ${rescheduled.length} moved`,
  };
}

/**
 * Two work tasks in the middle of the plan: one with float (its edit moves a few tasks, the
 * everyday case) and one on the critical path (its edit moves the project finish, so the
 * answer carries most of the plan: every late date changes).
 */
function tasksToEdit(tasks) {
  const middle = tasks.filter(
    (t) => !t.summary && !t.milestone && t.start !== null && t.position >= tasks.length / 2,
  );
  const floating = middle.find((t) => !t.critical && t.freeFloatMinutes > 0);
  const critical = middle.find((t) => t.critical);
  if (!floating || !critical) throw new Error("the plan has no tasks to edit");
  return { floating, critical };
}

function apiAsAdmin(server) {
  return async (method, path, body) => {
    const response = await fetch(`${server.url}/api/v1/orgs/${server.org.slug}/${path}`, {
      method,
      headers: {
        authorization: `Bearer ${server.admin.token}`,
        ...(body ? { "content-type": "application/json" } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
}

async function importPlan(server, projectId, csv) {
  const form = new FormData();
  form.append("file", new Blob([csv], { type: "text/csv" }), "plan.csv");
  const path = `/api/v1/orgs/${server.org.slug}/projects/${projectId}/import`;
  const response = await fetch(`${server.url}${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${server.admin.token}` },
    body: form,
  });
  if (!response.ok) throw new Error(`import: ${response.status} ${await response.text()}`);
  return response.json();
}

async function signIn(page, admin) {
  await page.goto("/sign-in");
  await page.getByLabel(/^E-mail/).fill(admin.email);
  await page.getByLabel(/^Password/).fill(admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("navigation", { name: "Main" }).waitFor();
}

function median(values) {
  return quantile(values, 0.5);
}

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function round(value, digits = 0) {
  return Number(value.toFixed(digits));
}
