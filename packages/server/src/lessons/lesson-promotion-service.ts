import { randomUUID } from "node:crypto";
import { type LessonPromotion, LessonPromotionCreate } from "@orrery/contracts/lesson-promotions";
import type { Lesson } from "@orrery/contracts/lessons";
import { type TemplateContent, TemplateDefinition } from "@orrery/contracts/templates";
import { Invalid, NotFound } from "@orrery/core/errors/domain-error";
import { z } from "zod";
import { orgEvent } from "../events/org-event.js";
import { authorize } from "../service/authorize.js";
import type { OrgCtx } from "../service/context.js";
import { runOrgMutation } from "../service/mutation.js";
import { parseInput } from "../service/parse-input.js";
import { ensureBuiltInTemplates, publishNextVersion } from "../templates/template-service.js";
import { findTemplateView } from "../templates/template-store.js";
import {
  findLessonProjectId,
  insertLessonPromotion,
  listLessonPromotions,
} from "./lesson-promotion-store.js";
import { readLesson } from "./lesson-service.js";
import { toLessonPromotion } from "./lesson-shape.js";

// Promoting a lesson into a lifecycle template is how the method learns: the PMO turns what a
// project learnt into a gate criterion or a default risk of the template's next version. The
// publication is audited and announced as any template edit; the lesson records it.

const LessonId = z.uuid();
type Promotion = z.output<typeof LessonPromotionCreate>;

/**
 * The template's latest content with the lesson added where the promotion says, checked against
 * the template's own rules (no repeated criterion, at most 50…), refused naming the field.
 */
function promotedContent(latest: TemplateContent, input: Promotion): TemplateContent {
  let content: TemplateContent;
  if (input.target === "gate_criterion") {
    const index = input.phase - 1;
    if (!latest.phases[index])
      throw new Invalid([
        {
          path: "phase",
          message: `must be from 1 to ${latest.phases.length}, a phase of the template`,
        },
      ]);
    content = {
      ...latest,
      phases: latest.phases.map((phase, i) =>
        i === index
          ? { ...phase, gate: { ...phase.gate, criteria: [...phase.gate.criteria, input.text] } }
          : phase,
      ),
    };
  } else {
    const { text, category, probability, impact } = input;
    content = {
      ...latest,
      defaultRisks: [...latest.defaultRisks, { title: text, category, probability, impact }],
    };
  }
  const checked = TemplateDefinition.safeParse(content);
  if (!checked.success)
    throw new Invalid(
      checked.error.issues.map((issue) => ({
        path: "text",
        message: `cannot be added to the template: ${issue.path.join(".")} ${issue.message}`,
      })),
    );
  return checked.data;
}

/**
 * Promotes a lesson into the latest version of a template, publishing the next version; with
 * `expectedVersion` (If-Match), refused with 412 when the template moved on since it was read.
 */
export async function promoteLesson(
  ctx: OrgCtx,
  lessonId: string,
  raw: unknown,
  expectedVersion: number | null,
): Promise<LessonPromotion> {
  authorize(ctx, "lesson.promote");
  const input = parseInput(LessonPromotionCreate, raw);
  await ensureBuiltInTemplates(ctx.db, ctx.org.orgId, ctx.now);
  return runOrgMutation(ctx, async (tx, change) => {
    const projectId = LessonId.safeParse(lessonId).success
      ? await findLessonProjectId(tx, ctx.org.orgId, lessonId)
      : null;
    if (!projectId) throw new NotFound("lesson", lessonId);
    if (!(await findTemplateView(tx, ctx.org.orgId, input.templateId)))
      throw new Invalid([
        { path: "templateId", message: "is not a template of this organisation" },
      ]);
    const before: Lesson = await readLesson(tx, ctx, projectId, lessonId);
    const template = await publishNextVersion(
      tx,
      ctx,
      change,
      input.templateId,
      expectedVersion,
      (latest) => promotedContent(latest, input),
    );
    const id = randomUUID();
    await insertLessonPromotion(tx, {
      orgId: ctx.org.orgId,
      id,
      lessonId,
      templateId: template.id,
      templateVersion: template.version,
      target: input.target,
      gateName:
        input.target === "gate_criterion"
          ? (template.phases[input.phase - 1]?.gate.name ?? null)
          : null,
      text: input.text,
      promotedAt: ctx.now,
      promotedBy: ctx.actor.userId,
    });
    const after = await readLesson(tx, ctx, projectId, lessonId);
    await change.audit({
      action: "lesson.promote",
      entityType: "lesson",
      entityId: lessonId,
      before,
      after,
    });
    const what = input.target === "gate_criterion" ? "a gate criterion" : "a default risk";
    change.emit(
      orgEvent(ctx, {
        type: "lesson.promoted",
        entityType: "lesson",
        entityId: lessonId,
        projectId,
        summary: `${ctx.actor.name} promoted the lesson “${after.title}” into ${template.name} (version ${template.version}) as ${what}`,
        audience: { kind: "project", projectId },
      }),
    );
    const [promotion] = (await listLessonPromotions(tx, ctx.org.orgId, [lessonId]))
      .filter((view) => view.row.id === id)
      .map(toLessonPromotion);
    if (!promotion) throw new Error("a lesson promotion vanished inside its own transaction");
    return promotion;
  });
}
