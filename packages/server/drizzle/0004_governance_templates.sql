CREATE TABLE "gate_review" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"phase" integer NOT NULL,
	"template_version" integer NOT NULL,
	"gate_name" text NOT NULL,
	"state" text DEFAULT 'requested' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"due_date" date,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"requested_by" text,
	"comments" text DEFAULT '' NOT NULL,
	"condition_item_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "gate_review_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "gate_review_state_check" CHECK ("gate_review"."state" in ('requested','approved','approved_with_conditions','rejected','recycled'))
);
--> statement-breakpoint
CREATE TABLE "lifecycle_template" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"built_in_key" text,
	"copied_from" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "lifecycle_template_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "lifecycle_template_version" (
	"org_id" uuid NOT NULL,
	"template_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" text,
	CONSTRAINT "lifecycle_template_version_org_id_template_id_version_pk" PRIMARY KEY("org_id","template_id","version")
);
--> statement-breakpoint
CREATE TABLE "project_lifecycle" (
	"org_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"template_id" uuid NOT NULL,
	"template_version" integer NOT NULL,
	"phase" integer DEFAULT 0 NOT NULL,
	"gate" text DEFAULT 'open' NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"passed" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"checklist" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"gate_dates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "project_lifecycle_org_id_project_id_pk" PRIMARY KEY("org_id","project_id"),
	CONSTRAINT "project_lifecycle_gate_check" CHECK ("project_lifecycle"."gate" in ('open','requested','approved','approved_with_conditions','rejected','recycled')),
	CONSTRAINT "project_lifecycle_status_check" CHECK ("project_lifecycle"."status" in ('running','stopped','closed'))
);
--> statement-breakpoint
ALTER TABLE "gate_review" ADD CONSTRAINT "gate_review_requested_by_user_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gate_review" ADD CONSTRAINT "gate_review_decided_by_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gate_review" ADD CONSTRAINT "gate_review_project_fk" FOREIGN KEY ("org_id","project_id") REFERENCES "public"."project"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lifecycle_template" ADD CONSTRAINT "lifecycle_template_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lifecycle_template" ADD CONSTRAINT "lifecycle_template_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lifecycle_template" ADD CONSTRAINT "lifecycle_template_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lifecycle_template_version" ADD CONSTRAINT "lifecycle_template_version_published_by_user_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lifecycle_template_version" ADD CONSTRAINT "lifecycle_template_version_template_fk" FOREIGN KEY ("org_id","template_id") REFERENCES "public"."lifecycle_template"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_lifecycle" ADD CONSTRAINT "project_lifecycle_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_lifecycle" ADD CONSTRAINT "project_lifecycle_project_fk" FOREIGN KEY ("org_id","project_id") REFERENCES "public"."project"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_lifecycle" ADD CONSTRAINT "project_lifecycle_version_fk" FOREIGN KEY ("org_id","template_id","template_version") REFERENCES "public"."lifecycle_template_version"("org_id","template_id","version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "gate_review_project_idx" ON "gate_review" USING btree ("org_id","project_id","requested_at","id");--> statement-breakpoint
CREATE INDEX "gate_review_pending_idx" ON "gate_review" USING btree ("org_id","due_date","id") WHERE "gate_review"."state" = 'requested';--> statement-breakpoint
CREATE UNIQUE INDEX "gate_review_one_pending_idx" ON "gate_review" USING btree ("org_id","project_id") WHERE "gate_review"."state" = 'requested';--> statement-breakpoint
CREATE UNIQUE INDEX "lifecycle_template_built_in_idx" ON "lifecycle_template" USING btree ("org_id","built_in_key");--> statement-breakpoint
CREATE INDEX "lifecycle_template_name_idx" ON "lifecycle_template" USING btree ("org_id","name","id");