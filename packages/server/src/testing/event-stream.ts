import { type OrgEvent, OrgEvent as OrgEventSchema } from "@orrery/contracts/events";

export interface EventStream {
  /** The HTTP status the stream answered with (200 when open). */
  readonly status: number;
  /** The next event matching `accept`, or a rejection after `timeoutMs`. */
  next(accept: (event: OrgEvent) => boolean, timeoutMs?: number): Promise<OrgEvent>;
  /** Every event received so far. */
  readonly received: readonly OrgEvent[];
  close(): void;
}

/** Subscribes to `/api/v1/orgs/{org}/events` like a browser's EventSource would. */
export async function openEventStream(
  url: string,
  orgSlug: string,
  token: string,
): Promise<EventStream> {
  const abort = new AbortController();
  const response = await fetch(`${url}/api/v1/orgs/${orgSlug}/events`, {
    headers: { authorization: `Bearer ${token}`, accept: "text/event-stream" },
    signal: abort.signal,
  });
  const received: OrgEvent[] = [];
  const waiters = new Set<() => void>();
  if (response.ok && response.body) {
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      let buffer = "";
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let end = buffer.indexOf("\n\n");
          while (end >= 0) {
            const message = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = message
              .split("\n")
              .filter((line) => line.startsWith("data: "))
              .map((line) => line.slice(6))
              .join("\n");
            if (data) {
              received.push(OrgEventSchema.parse(JSON.parse(data)));
              for (const wake of waiters) wake();
            }
            end = buffer.indexOf("\n\n");
          }
        }
      } catch {
        // aborted by close()
      }
    })();
  } else {
    await response.body?.cancel();
  }
  return {
    status: response.status,
    received,
    next(accept, timeoutMs = 2000) {
      return new Promise((resolve, reject) => {
        let seen = 0;
        const check = () => {
          for (; seen < received.length; seen++) {
            const event = received[seen];
            if (event && accept(event)) {
              cleanup();
              resolve(event);
              return;
            }
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(
            new Error(
              `no matching event within ${timeoutMs} ms; got ${received.map((e) => e.type).join(", ")}`,
            ),
          );
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    close: () => abort.abort(),
  };
}
