CREATE TABLE "certification" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"issuer" text DEFAULT '' NOT NULL,
	"credential_id" text DEFAULT '' NOT NULL,
	"obtained_on" date,
	"expires_on" date,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "certification_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "certification_kind_check" CHECK ("certification"."kind" in ('certification','training')),
	CONSTRAINT "certification_dates_check" CHECK ("certification"."expires_on" is null or "certification"."obtained_on" is null or "certification"."expires_on" >= "certification"."obtained_on")
);
--> statement-breakpoint
CREATE TABLE "plan_assignment" (
	"org_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"task_uid" integer NOT NULL,
	"resource_uid" integer NOT NULL,
	"units" double precision DEFAULT 1 NOT NULL,
	"work_minutes" double precision,
	CONSTRAINT "plan_assignment_org_id_project_id_task_uid_resource_uid_pk" PRIMARY KEY("org_id","project_id","task_uid","resource_uid"),
	CONSTRAINT "plan_assignment_units_check" CHECK ("plan_assignment"."units" >= 0)
);
--> statement-breakpoint
CREATE TABLE "plan_resource" (
	"org_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"uid" integer NOT NULL,
	"name" text NOT NULL,
	"initials" text,
	"type" text DEFAULT 'work' NOT NULL,
	"email" text,
	"max_units" double precision,
	"calendar_uid" integer,
	"user_id" text,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "plan_resource_org_id_project_id_uid_pk" PRIMARY KEY("org_id","project_id","uid"),
	CONSTRAINT "plan_resource_type_check" CHECK ("plan_resource"."type" in ('work','material','cost')),
	CONSTRAINT "plan_resource_uid_check" CHECK ("plan_resource"."uid" >= 1)
);
--> statement-breakpoint
CREATE TABLE "status_report" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"period_end" date NOT NULL,
	"state" text NOT NULL,
	"computed" jsonb NOT NULL,
	"overrides" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"overall_rag" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"achievements" text DEFAULT '' NOT NULL,
	"next_steps" text DEFAULT '' NOT NULL,
	"decisions_needed" text DEFAULT '' NOT NULL,
	"author_id" text,
	"submitted_at" timestamp with time zone,
	"reviewer_id" text,
	"reviewed_at" timestamp with time zone,
	"review_comment" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "status_report_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "status_report_state_check" CHECK ("status_report"."state" in ('draft','submitted','accepted','returned')),
	CONSTRAINT "status_report_rag_check" CHECK ("status_report"."overall_rag" in ('green','amber','red'))
);
--> statement-breakpoint
ALTER TABLE "certification" ADD CONSTRAINT "certification_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification" ADD CONSTRAINT "certification_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_assignment" ADD CONSTRAINT "plan_assignment_task_fk" FOREIGN KEY ("org_id","project_id","task_uid") REFERENCES "public"."plan_task"("org_id","project_id","uid") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_assignment" ADD CONSTRAINT "plan_assignment_resource_fk" FOREIGN KEY ("org_id","project_id","resource_uid") REFERENCES "public"."plan_resource"("org_id","project_id","uid") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_resource" ADD CONSTRAINT "plan_resource_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_resource" ADD CONSTRAINT "plan_resource_plan_fk" FOREIGN KEY ("org_id","project_id") REFERENCES "public"."plan"("org_id","project_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_report" ADD CONSTRAINT "status_report_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_report" ADD CONSTRAINT "status_report_reviewer_id_user_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_report" ADD CONSTRAINT "status_report_project_fk" FOREIGN KEY ("org_id","project_id") REFERENCES "public"."project"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "certification_expiry_idx" ON "certification" USING btree ("org_id","expires_on","id");--> statement-breakpoint
CREATE INDEX "certification_user_idx" ON "certification" USING btree ("org_id","user_id");--> statement-breakpoint
CREATE INDEX "plan_assignment_resource_idx" ON "plan_assignment" USING btree ("org_id","project_id","resource_uid");--> statement-breakpoint
CREATE INDEX "plan_resource_user_idx" ON "plan_resource" USING btree ("org_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "status_report_number_idx" ON "status_report" USING btree ("org_id","project_id","number");--> statement-breakpoint
CREATE INDEX "status_report_submitted_idx" ON "status_report" USING btree ("org_id","project_id","period_end","number") WHERE "status_report"."state" in ('submitted','accepted');--> statement-breakpoint
CREATE INDEX "plan_task_milestone_idx" ON "plan_task" USING btree ("org_id","finish","project_id","uid") WHERE "plan_task"."milestone" and "plan_task"."active";