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
ALTER TABLE "status_report" ADD CONSTRAINT "status_report_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_report" ADD CONSTRAINT "status_report_reviewer_id_user_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_report" ADD CONSTRAINT "status_report_project_fk" FOREIGN KEY ("org_id","project_id") REFERENCES "public"."project"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "status_report_number_idx" ON "status_report" USING btree ("org_id","project_id","number");--> statement-breakpoint
CREATE INDEX "status_report_submitted_idx" ON "status_report" USING btree ("org_id","project_id","period_end","number") WHERE "status_report"."state" in ('submitted','accepted');--> statement-breakpoint
CREATE INDEX "plan_task_milestone_idx" ON "plan_task" USING btree ("org_id","finish","project_id","uid") WHERE "plan_task"."milestone" and "plan_task"."active";