import { OrgEvent } from "@orrery/contracts/events";
import type { ApiApp } from "../http/api-app.js";
import { orgCtx } from "../http/request-context.js";
import { OrgParams, problemResponses } from "../http/route-schemas.js";
import type { Runtime } from "../runtime.js";
import { subscribeToOrgEvents } from "./event-service.js";

const KEEP_ALIVE_MS = 25_000;

/**
 * `GET /orgs/{org}/events`: Server-Sent Events, one `data:` line of OrgEvent JSON per change,
 * and a comment every 25 s so proxies keep the connection. Open streams end when the server
 * closes, and the browser's EventSource reconnects by itself.
 */
export function eventRoutes(app: ApiApp, runtime: Runtime): void {
  const streams = new Set<() => void>();
  app.addHook("preClose", async () => {
    for (const stop of streams) stop();
  });

  app.get(
    "/api/v1/orgs/:org/events",
    {
      config: { policy: "events.subscribe" },
      schema: {
        tags: ["events"],
        summary: "Live changes as Server-Sent Events (text/event-stream of OrgEvent)",
        params: OrgParams,
        response: {
          200: {
            description: "A stream of `data: <OrgEvent JSON>` messages",
            content: { "text/event-stream": { schema: OrgEvent } },
          },
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const ctx = orgCtx(request, runtime);
      const res = reply.raw;
      let keepAlive: NodeJS.Timeout | undefined;
      let stopped = false;
      const stop = () => {
        if (stopped) return;
        stopped = true;
        clearInterval(keepAlive);
        unsubscribe();
        streams.delete(stop);
        res.end();
      };
      const unsubscribe = subscribeToOrgEvents(ctx, {
        send: (event) => res.write(`id: ${event.id}\ndata: ${JSON.stringify(event)}\n\n`),
        end: stop,
        failed: (error) => {
          request.log.error({ err: error }, "event delivery failed");
          stop();
        },
      });
      reply.hijack();
      res.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache, no-transform",
        connection: "keep-alive",
        "x-accel-buffering": "no",
        "x-request-id": String(request.id),
      });
      res.write("retry: 3000\n: connected\n\n");
      keepAlive = setInterval(() => res.write(": keep-alive\n\n"), KEEP_ALIVE_MS);
      streams.add(stop);
      request.raw.on("close", stop);
      return reply;
    },
  );
}
