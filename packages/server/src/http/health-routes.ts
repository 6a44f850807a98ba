import type { FastifyInstance } from "fastify";
import type { Runtime } from "../runtime.js";
import { isMigrated } from "../store/migrator.js";

/**
 * `/healthz`: the process answers (liveness). `/readyz`: the store is open, reachable and fully
 * migrated (readiness); load balancers send traffic only to ready nodes.
 */
export function healthRoutes(app: FastifyInstance, runtime: Runtime): void {
  app.get("/healthz", { schema: { hide: true } }, async () => ({ status: "ok" }));
  app.get("/readyz", { schema: { hide: true } }, async (_request, reply) => {
    if (!runtime.ready) return reply.code(503).send({ status: "starting" });
    const ready = await isMigrated(runtime.services().store.db);
    return ready ? { status: "ready" } : reply.code(503).send({ status: "store unavailable" });
  });
}
