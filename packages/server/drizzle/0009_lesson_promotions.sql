CREATE TABLE "lesson_promotion" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"lesson_id" uuid NOT NULL,
	"template_id" uuid NOT NULL,
	"template_version" integer NOT NULL,
	"target" text NOT NULL,
	"gate_name" text,
	"text" text NOT NULL,
	"promoted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"promoted_by" text,
	CONSTRAINT "lesson_promotion_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "lesson_promotion_target_check" CHECK ("lesson_promotion"."target" in ('gate_criterion','default_risk'))
);
--> statement-breakpoint
ALTER TABLE "lesson_promotion" ADD CONSTRAINT "lesson_promotion_promoted_by_user_id_fk" FOREIGN KEY ("promoted_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_promotion" ADD CONSTRAINT "lesson_promotion_lesson_fk" FOREIGN KEY ("org_id","lesson_id") REFERENCES "public"."lesson"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_promotion" ADD CONSTRAINT "lesson_promotion_template_version_fk" FOREIGN KEY ("org_id","template_id","template_version") REFERENCES "public"."lifecycle_template_version"("org_id","template_id","version") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "lesson_promotion_lesson_idx" ON "lesson_promotion" USING btree ("org_id","lesson_id","promoted_at");