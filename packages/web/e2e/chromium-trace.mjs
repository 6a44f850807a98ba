// Plain JavaScript, so that the benchmarks (run by Node without a TypeScript loader) share it
// with the browser tests; its types are in chromium-trace.d.mts.

/**
 * Scrolls the element under `selector` down by `distance` pixels at `speed` pixels a second
 * with a wheel gesture through Chromium's input pipeline, and answers the frames of its
 * compositors as Chromium's frame reporter saw them (the `PipelineReporter` trace events behind
 * Chrome's own smoothness figures): each with its process, sequence number, fate (`state`) and
 * the thread that scrolled it (`scroll_state`).
 */
export async function wheelScrollFrames(page, selector, distance, speed) {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  const cdp = await page.context().newCDPSession(page);
  try {
    const events = await traceDuring(cdp, "benchmark", () =>
      cdp.send("Input.synthesizeScrollGesture", {
        x: box.x + box.width / 2,
        y: box.y + box.height / 2,
        yDistance: -distance,
        speed,
        gestureSourceType: "mouse",
        preventFling: true,
      }),
    );
    return events
      .filter((event) => event.name === "PipelineReporter" && event.ph === "b")
      .map((event) => ({ pid: event.pid, ...event.args?.frame_reporter }));
  } finally {
    await cdp.detach();
  }
}

/** Runs `action` while Chromium records a trace of `categories`, and answers its events. */
async function traceDuring(cdp, categories, action) {
  await cdp.send("Tracing.start", { categories, transferMode: "ReturnAsStream" });
  await action();
  const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.end");
  const { stream } = await complete;
  if (!stream) throw new Error("the trace came back without a stream");
  let text = "";
  for (;;) {
    const chunk = await cdp.send("IO.read", { handle: stream });
    text += chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send("IO.close", { handle: stream });
  const trace = JSON.parse(text);
  return Array.isArray(trace) ? trace : trace.traceEvents;
}
