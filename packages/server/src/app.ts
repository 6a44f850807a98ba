import { randomUUID } from "node:crypto";
import rateLimit from "@fastify/rate-limit";
import Fastify, { type FastifyInstance, type FastifyRequest, LogController } from "fastify";
import { validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { auditRoutes } from "./audit/audit-routes.js";
import { authRoutes } from "./auth/auth-routes.js";
import { installAuthentication } from "./auth/authenticate.js";
import { certificationRoutes } from "./certifications/certification-routes.js";
import { changeRequestRoutes } from "./change-requests/change-request-routes.js";
import { complianceRoutes } from "./compliance/compliance-routes.js";
import type { Config } from "./config.js";
import { documentRoutes } from "./documents/document-routes.js";
import { eventRoutes } from "./events/event-routes.js";
import { gateRoutes } from "./gates/gate-routes.js";
import { installApiDocs } from "./http/api-docs.js";
import { handleFrameworkError, installErrorHandler } from "./http/error-handler.js";
import { healthRoutes } from "./http/health-routes.js";
import { serializerCompiler } from "./http/response-serializer.js";
import { securityHeaders } from "./http/security-headers.js";
import { DEFAULT_WEB_DIR, installWebApp } from "./http/web-app.js";
import { invitationRoutes } from "./invitations/invitation-routes.js";
import { lessonRoutes } from "./lessons/lesson-routes.js";
import { lifecycleRoutes } from "./lifecycle/lifecycle-routes.js";
import { meRoutes } from "./me/me-routes.js";
import { memberRoutes } from "./members/member-routes.js";
import { milestoneRoutes } from "./milestones/milestone-routes.js";
import { myWorkRoutes } from "./my-work/my-work-routes.js";
import { notificationRoutes } from "./notifications/notification-routes.js";
import { orgRoutes } from "./orgs/org-routes.js";
import { planRoutes } from "./plans/plan-routes.js";
import { projectReviewRoutes } from "./project-reviews/project-review-routes.js";
import { projectMemberRoutes } from "./projects/project-member-routes.js";
import { projectRoutes } from "./projects/project-routes.js";
import { raidRoutes } from "./raid/raid-routes.js";
import type { Runtime } from "./runtime.js";
import { setupRoutes } from "./setup/setup-routes.js";
import { statusReportRoutes } from "./status-reports/status-report-routes.js";
import { templateRoutes } from "./templates/template-routes.js";
import { tokenRoutes } from "./tokens/token-routes.js";
import "./http/route-policy.js";

export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface AppOptions {
  readonly config: Config;
  readonly runtime: Runtime;
  /** Where log lines go; standard output when absent. */
  readonly logStream?: NodeJS.WritableStream | undefined;
}

/** A route as registered, for the route × role test and the startup check. */
export interface RouteEntry {
  readonly method: string;
  readonly url: string;
  readonly policy: string | undefined;
}

/**
 * Builds the Fastify app: security headers, problem+json errors, authentication, the API with
 * its OpenAPI document, better-auth's endpoints and the web app. Nothing here touches the
 * store until a request arrives; `runtime` supplies it once the server is ready.
 */
export async function buildApp(
  options: AppOptions,
): Promise<{ app: FastifyInstance; routes: RouteEntry[] }> {
  const { config, runtime, logStream } = options;
  const app = Fastify({
    logger:
      config.logLevel === "silent"
        ? false
        : {
            level: config.logLevel,
            ...(logStream ? { stream: logStream } : {}),
            // Headers are never logged; these paths catch them should anything log them anyway.
            redact: {
              paths: [
                "req.headers.authorization",
                "req.headers.cookie",
                'res.headers["set-cookie"]',
              ],
              censor: "[redacted]",
            },
            serializers: {
              req: (req: FastifyRequest) => ({
                method: req.method,
                url: redactUrl(req.url),
                remoteAddress: req.ip,
              }),
            },
          },
    // One line per request is noise at info level; debug and trace turn it on.
    logController: new LogController({
      disableRequestLogging: config.logLevel !== "debug" && config.logLevel !== "trace",
    }),
    bodyLimit: BODY_LIMIT_BYTES,
    frameworkErrors: handleFrameworkError,
    trustProxy: config.trustProxy,
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers["x-request-id"];
      return typeof given === "string" && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // JSON only: a form post or text/plain body from another site gets 415, never a handler.
  app.removeContentTypeParser(["text/plain"]);

  const routes: RouteEntry[] = [];
  app.addHook("onRoute", (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const policy = route.config?.policy;
    if (route.url.startsWith("/api/v1/") && policy === undefined) {
      throw new Error(`route ${methods.join(",")} ${route.url} declares no access policy`);
    }
    for (const method of methods) routes.push({ method, url: route.url, policy });
  });

  installErrorHandler(app);
  const headers = securityHeaders(config.publicUrl.protocol === "https:");
  app.addHook("onRequest", (request, reply, done) => {
    reply.headers(headers).header("x-request-id", request.id);
    done();
  });
  await installApiDocs(app, config.publicUrl);
  installAuthentication(app, runtime);

  healthRoutes(app, runtime);
  authRoutes(app, runtime);
  await app.register(async (api) => {
    const zodApi = api.withTypeProvider<ZodTypeProvider>();
    await api.register(rateLimit, {
      global: config.apiRateLimitPerMinute > 0,
      max: config.apiRateLimitPerMinute,
      timeWindow: "1 minute",
      keyGenerator: (request) => request.headers.authorization ?? request.ip,
      errorResponseBuilder: (_request, context) => {
        const error = new Error(`rate limit exceeded; retry in ${context.after}`);
        return Object.assign(error, { statusCode: context.statusCode });
      },
    });
    meRoutes(zodApi, runtime);
    orgRoutes(zodApi, runtime);
    memberRoutes(zodApi, runtime);
    projectRoutes(zodApi, runtime);
    projectMemberRoutes(zodApi, runtime);
    await planRoutes(zodApi, runtime);
    milestoneRoutes(zodApi, runtime);
    myWorkRoutes(zodApi, runtime);
    raidRoutes(zodApi, runtime);
    changeRequestRoutes(zodApi, runtime);
    templateRoutes(zodApi, runtime);
    lifecycleRoutes(zodApi, runtime);
    gateRoutes(zodApi, runtime);
    complianceRoutes(zodApi, runtime);
    statusReportRoutes(zodApi, runtime);
    certificationRoutes(zodApi, runtime);
    await documentRoutes(zodApi, runtime, config.documents.maxBytes);
    lessonRoutes(zodApi, runtime);
    projectReviewRoutes(zodApi, runtime);
    tokenRoutes(zodApi, runtime);
    auditRoutes(zodApi, runtime);
    eventRoutes(zodApi, runtime);
    notificationRoutes(zodApi, runtime);
    setupRoutes(zodApi, runtime, config.signInRateLimitPerMinute);
    invitationRoutes(zodApi, runtime, config.signInRateLimitPerMinute);
  });
  await installWebApp(app, config.webDir ?? DEFAULT_WEB_DIR);
  return { app, routes };
}

/** Secrets that can appear in page URLs (setup and invitation links) never reach the log. */
export function redactUrl(url: string): string {
  return url.replace(/([?&](?:token|secret)=)[^&#]*/gi, "$1[redacted]");
}
