import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { SERVER_PACKAGE_DIR } from "../package-dir.js";
import { sendProblem } from "./problem.js";

/** `packages/web/dist`, where vite puts the built app. */
export const DEFAULT_WEB_DIR = join(SERVER_PACKAGE_DIR, "../web/dist");

/**
 * Serves the built web app with a single-page fallback: any GET outside `/api` that is not a
 * file gets index.html and the app routes it. Hashed assets are cached for good; index.html is
 * revalidated so a new deploy is picked up. Without a build, pages answer 503 saying so.
 */
export async function installWebApp(app: FastifyInstance, webDir: string): Promise<void> {
  const built = existsSync(join(webDir, "index.html"));
  if (built) {
    await app.register(fastifyStatic, {
      root: webDir,
      index: ["index.html"],
      schemaHide: true,
      setHeaders(res, path) {
        res.setHeader(
          "cache-control",
          path.includes(`${join(webDir, "assets")}`)
            ? "public, max-age=31536000, immutable"
            : "no-cache",
        );
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const isPage =
      (request.method === "GET" || request.method === "HEAD") && !request.url.startsWith("/api/");
    if (!isPage) {
      return sendProblem(reply, {
        code: "not-found",
        title: "Not found",
        status: 404,
        detail: `no route ${request.method} ${request.url.split("?")[0]}`,
      });
    }
    if (built) return reply.header("cache-control", "no-cache").sendFile("index.html");
    return reply.code(503).type("text/html; charset=utf-8").send(NOT_BUILT_PAGE);
  });
}

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Orrery — web app not built</title></head>
<body>
<h1>The Orrery web app is not built yet</h1>
<p>The server and its API are running, but <code>packages/web/dist</code> does not exist.
Run <code>npm run build</code> (or <code>npm install</code>, which builds everything) and reload.</p>
<p>The API is at <a href="/api/v1/me">/api/v1</a>, documented at <a href="/api/docs">/api/docs</a>.</p>
</body>
</html>
`;
