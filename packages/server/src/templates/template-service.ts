import { randomUUID } from "node:crypto";
import type { Page } from "@orrery/contracts/common";
import {
  type LifecycleTemplate,
  TemplateContent,
  TemplateCopy,
  TemplateDefinition,
  type TemplateListQuery,
  type TemplateVersion,
} from "@orrery/contracts/templates";
import { NotFound, StaleWrite } from "@orrery/core/errors/domain-error";
import { BUILT_IN_TEMPLATES } from "@orrery/core/governance/built-in-templates";
import { z } from "zod";
import { orgEvent } from "../events/org-event.js";
import { decodeCursor, pageOf } from "../pagination/cursor.js";
import { person } from "../projects/project-store.js";
import { authorize } from "../service/authorize.js";
import type { OrgCtx } from "../service/context.js";
import { type Change, runOrgMutation } from "../service/mutation.js";
import { parseInput } from "../service/parse-input.js";
import type { Db } from "../store/database.js";
import {
  bumpTemplateVersion,
  findTemplateVersion,
  findTemplateView,
  hasBuiltInTemplates,
  insertTemplate,
  insertTemplateVersion,
  listTemplateViews,
  lockTemplate,
  type TemplateView,
} from "./template-store.js";

const ListCursor = z.object({ name: z.string(), id: z.uuid() });
const TemplateId = z.uuid();

/**
 * Gives the organisation Orrery's four built-in templates the first time anyone reads its
 * library, whether the organisation is new or older than the templates: one idempotent step
 * instead of per-organisation SQL in a migration. Racing first readers seed them once.
 */
export async function ensureBuiltInTemplates(db: Db, orgId: string, now: Date): Promise<void> {
  if (await hasBuiltInTemplates(db, orgId)) return;
  await db.transaction(async (tx) => {
    for (const { key, content } of BUILT_IN_TEMPLATES) {
      const id = randomUUID();
      const inserted = await insertTemplate(tx, {
        orgId,
        id,
        builtInKey: key,
        name: content.name,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      if (inserted)
        await insertTemplateVersion(tx, {
          orgId,
          templateId: id,
          version: 1,
          content,
          publishedAt: now,
        });
    }
  });
}

export async function listTemplates(
  ctx: OrgCtx,
  query: TemplateListQuery,
): Promise<Page<LifecycleTemplate>> {
  authorize(ctx, "template.read");
  await ensureBuiltInTemplates(ctx.db, ctx.org.orgId, ctx.now);
  const after = query.cursor ? decodeCursor(ListCursor, query.cursor) : null;
  const rows = await listTemplateViews(ctx.db, ctx.org.orgId, query, after, query.limit + 1);
  return pageOf(rows, query.limit, toTemplate, (view) => ({
    name: view.row.name,
    id: view.row.id,
  }));
}

export async function getTemplate(ctx: OrgCtx, templateId: string): Promise<LifecycleTemplate> {
  authorize(ctx, "template.read");
  await ensureBuiltInTemplates(ctx.db, ctx.org.orgId, ctx.now);
  return toTemplate(await findTemplate(ctx.db, ctx, templateId));
}

/** One published version, as projects on it follow it. */
export async function getTemplateVersion(
  ctx: OrgCtx,
  templateId: string,
  version: number,
): Promise<TemplateVersion> {
  authorize(ctx, "template.read");
  return readTemplateVersion(ctx.db, ctx, templateId, version);
}

/** The version or 404; for services that hold a project on a version. */
export async function readTemplateVersion(
  db: Db,
  ctx: OrgCtx,
  templateId: string,
  version: number,
): Promise<TemplateVersion> {
  const found = TemplateId.safeParse(templateId).success
    ? await findTemplateVersion(db, ctx.org.orgId, templateId, version)
    : null;
  if (!found) throw new NotFound("template version", `${templateId} v${version}`);
  return {
    templateId,
    version,
    content: TemplateContent.parse(found.row.content),
    publishedAt: found.row.publishedAt.toISOString(),
    publishedBy: person(found.row.publishedBy, found.publisherName, found.publisherEmail),
  };
}

export async function createTemplate(ctx: OrgCtx, raw: unknown): Promise<LifecycleTemplate> {
  authorize(ctx, "template.manage");
  const content = parseInput(TemplateDefinition, raw);
  return runOrgMutation(ctx, (tx, change) => insertNew(tx, ctx, change, content, null));
}

/** A new template starting from another's latest version, named `Copy of …` unless named. */
export async function copyTemplate(
  ctx: OrgCtx,
  templateId: string,
  raw: unknown,
): Promise<LifecycleTemplate> {
  authorize(ctx, "template.manage");
  const input = parseInput(TemplateCopy, raw ?? {});
  await ensureBuiltInTemplates(ctx.db, ctx.org.orgId, ctx.now);
  return runOrgMutation(ctx, async (tx, change) => {
    const source = toTemplate(await findTemplate(tx, ctx, templateId));
    const content: TemplateContent = {
      name: input.name ?? `Copy of ${source.name}`,
      description: source.description,
      methodology: source.methodology,
      reportCadence: source.reportCadence,
      raidCategories: source.raidCategories,
      changeApproverRoles: source.changeApproverRoles,
      phases: source.phases,
    };
    return insertNew(tx, ctx, change, content, source.id);
  });
}

/**
 * Publishes the whole new content as the template's next version; projects stay on the version
 * they follow. Refused with 412 when the template moved on since `expectedVersion`.
 */
export async function publishTemplateVersion(
  ctx: OrgCtx,
  templateId: string,
  raw: unknown,
  expectedVersion: number | null,
): Promise<LifecycleTemplate> {
  authorize(ctx, "template.manage");
  const content = parseInput(TemplateDefinition, raw);
  return runOrgMutation(ctx, async (tx, change) => {
    const current = TemplateId.safeParse(templateId).success
      ? await lockTemplate(tx, ctx.org.orgId, templateId)
      : null;
    if (!current) throw new NotFound("template", templateId);
    if (expectedVersion !== null && expectedVersion !== current.version)
      throw new StaleWrite("template");
    const before = toTemplate(await findTemplate(tx, ctx, templateId));
    const next = current.version + 1;
    const bumped = await bumpTemplateVersion(tx, ctx.org.orgId, templateId, current.version, {
      name: content.name,
      updatedAt: ctx.now,
      updatedBy: ctx.actor.userId,
    });
    if (!bumped) throw new StaleWrite("template");
    await insertTemplateVersion(tx, {
      orgId: ctx.org.orgId,
      templateId,
      version: next,
      content,
      publishedAt: ctx.now,
      publishedBy: ctx.actor.userId,
    });
    const after = toTemplate(await findTemplate(tx, ctx, templateId));
    await recordChange(ctx, change, "published", before, after);
    return after;
  });
}

async function insertNew(
  tx: Db,
  ctx: OrgCtx,
  change: Change,
  content: TemplateContent,
  copiedFrom: string | null,
): Promise<LifecycleTemplate> {
  const id = randomUUID();
  await insertTemplate(tx, {
    orgId: ctx.org.orgId,
    id,
    copiedFrom,
    name: content.name,
    version: 1,
    createdAt: ctx.now,
    createdBy: ctx.actor.userId,
    updatedAt: ctx.now,
    updatedBy: ctx.actor.userId,
  });
  await insertTemplateVersion(tx, {
    orgId: ctx.org.orgId,
    templateId: id,
    version: 1,
    content,
    publishedAt: ctx.now,
    publishedBy: ctx.actor.userId,
  });
  const template = toTemplate(await findTemplate(tx, ctx, id));
  await recordChange(ctx, change, "created", null, template);
  return template;
}

async function findTemplate(db: Db, ctx: OrgCtx, templateId: string): Promise<TemplateView> {
  const view = TemplateId.safeParse(templateId).success
    ? await findTemplateView(db, ctx.org.orgId, templateId)
    : null;
  if (!view) throw new NotFound("template", templateId);
  return view;
}

function toTemplate(view: TemplateView): LifecycleTemplate {
  const r = view.row;
  return {
    id: r.id,
    builtIn: r.builtInKey,
    version: r.version,
    copiedFrom: r.copiedFrom,
    ...TemplateContent.parse(view.content),
    createdAt: r.createdAt.toISOString(),
    createdBy: person(r.createdBy, view.creatorName, view.creatorEmail),
    updatedAt: r.updatedAt.toISOString(),
    updatedBy: person(r.updatedBy, view.updaterName, view.updaterEmail),
  };
}

const CHANGES = {
  created: { action: "template.create", event: "template.created", verb: "created" },
  published: { action: "template.publish", event: "template.published", verb: "published" },
} as const;

async function recordChange(
  ctx: OrgCtx,
  change: Change,
  what: keyof typeof CHANGES,
  before: LifecycleTemplate | null,
  after: LifecycleTemplate,
): Promise<void> {
  await change.audit({
    action: CHANGES[what].action,
    entityType: "template",
    entityId: after.id,
    before,
    after,
  });
  change.emit(
    orgEvent(ctx, {
      type: CHANGES[what].event,
      entityType: "template",
      entityId: after.id,
      summary: `${ctx.actor.name} ${CHANGES[what].verb} the template ${after.name} (version ${after.version})`,
    }),
  );
}
