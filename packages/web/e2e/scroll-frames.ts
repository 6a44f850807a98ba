import type { Page } from "playwright-core";

/**
 * Scrolls the element under `selector` down by `distance` pixels with a wheel gesture through
 * Chromium's input pipeline, and answers which thread scrolled each frame, as Chromium's frame
 * reporter (read from a trace) says: `SCROLL_COMPOSITOR_THREAD` or `SCROLL_MAIN_THREAD`.
 */
export async function wheelScrollThreads(
  page: Page,
  selector: string,
  distance: number,
): Promise<string[]> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("Tracing.start", { categories: "benchmark", transferMode: "ReturnAsStream" });
    await cdp.send("Input.synthesizeScrollGesture", {
      x: box.x + box.width / 2,
      y: box.y + box.height / 2,
      yDistance: -distance,
      speed: 2000,
      gestureSourceType: "mouse",
      preventFling: true,
    });
    const complete = new Promise<{ stream?: string }>((resolve) =>
      cdp.once("Tracing.tracingComplete", resolve),
    );
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
    const trace = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
    const events = Array.isArray(trace) ? trace : trace.traceEvents;
    return events
      .filter((event) => event.name === "PipelineReporter" && event.ph === "b")
      .map((event) => event.args?.frame_reporter?.scroll_state ?? "")
      .filter((state) => state !== "" && state !== "SCROLL_NONE");
  } finally {
    await cdp.detach();
  }
}

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly args?: { readonly frame_reporter?: { readonly scroll_state?: string } };
}
