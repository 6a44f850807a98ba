CREATE TABLE "lesson" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"title" text NOT NULL,
	"what_happened" text NOT NULL,
	"effect" text DEFAULT '' NOT NULL,
	"recommendation" text NOT NULL,
	"category" text NOT NULL,
	"tags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"phase" text DEFAULT '' NOT NULL,
	"origin" text NOT NULL,
	"risk_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"task_uids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, "title"), 'A') || setweight(to_tsvector('english'::regconfig, "recommendation"), 'B') || setweight(to_tsvector('english'::regconfig, "what_happened" || ' ' || "effect"), 'C') || setweight(to_tsvector('english'::regconfig, "tags"), 'D')) STORED NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "lesson_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "lesson_category_check" CHECK ("lesson"."category" in ('planning','scope','schedule','cost','quality','resources','stakeholders','communication','risk','procurement','technical','governance','other')),
	CONSTRAINT "lesson_origin_check" CHECK ("lesson"."origin" in ('during_project','at_close'))
);
--> statement-breakpoint
CREATE TABLE "project_review" (
	"org_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"objectives" text,
	"objectives_notes" text DEFAULT '' NOT NULL,
	"schedule" text,
	"schedule_notes" text DEFAULT '' NOT NULL,
	"cost" text,
	"cost_notes" text DEFAULT '' NOT NULL,
	"scope" text,
	"scope_notes" text DEFAULT '' NOT NULL,
	"went_well" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"to_improve" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text NOT NULL,
	"lessons_from" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "project_review_org_id_project_id_pk" PRIMARY KEY("org_id","project_id"),
	CONSTRAINT "project_review_status_check" CHECK ("project_review"."status" in ('draft','completed')),
	CONSTRAINT "project_review_outcomes_check" CHECK (coalesce("project_review"."objectives" in ('met','partly_met','not_met'), true) and coalesce("project_review"."schedule" in ('early','on_time','late'), true) and coalesce("project_review"."cost" in ('under_budget','on_budget','over_budget'), true) and coalesce("project_review"."scope" in ('as_planned','reduced','expanded'), true))
);
--> statement-breakpoint
ALTER TABLE "lesson" ADD CONSTRAINT "lesson_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson" ADD CONSTRAINT "lesson_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson" ADD CONSTRAINT "lesson_project_fk" FOREIGN KEY ("org_id","project_id") REFERENCES "public"."project"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_review" ADD CONSTRAINT "project_review_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_review" ADD CONSTRAINT "project_review_project_fk" FOREIGN KEY ("org_id","project_id") REFERENCES "public"."project"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "lesson_project_created_idx" ON "lesson" USING btree ("org_id","project_id","created_at","id");--> statement-breakpoint
CREATE INDEX "lesson_org_created_idx" ON "lesson" USING btree ("org_id","created_at","id");--> statement-breakpoint
CREATE INDEX "lesson_search_idx" ON "lesson" USING gin ("search");--> statement-breakpoint
CREATE INDEX "lesson_tags_idx" ON "lesson" USING gin ("tags" jsonb_path_ops);