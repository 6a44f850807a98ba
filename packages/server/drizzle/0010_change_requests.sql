CREATE TABLE "change_request" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"scope_impact" text DEFAULT '' NOT NULL,
	"cost_delta_minor" bigint,
	"cost_currency" text,
	"risk_impact" text DEFAULT '' NOT NULL,
	"risk_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"operations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"impact" jsonb,
	"decisions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"submitted_at" timestamp with time zone,
	"applied_at" timestamp with time zone,
	"applied_by" text,
	"baseline_number" smallint,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "change_request_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "change_request_status_check" CHECK ("change_request"."status" in ('draft','submitted','approved','rejected','deferred','applied','withdrawn')),
	CONSTRAINT "change_request_cost_check" CHECK (("change_request"."cost_delta_minor" is null) = ("change_request"."cost_currency" is null)),
	CONSTRAINT "change_request_baseline_check" CHECK ("change_request"."baseline_number" is null or "change_request"."baseline_number" between 0 and 10)
);
--> statement-breakpoint
ALTER TABLE "change_request" ADD CONSTRAINT "change_request_applied_by_user_id_fk" FOREIGN KEY ("applied_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_request" ADD CONSTRAINT "change_request_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_request" ADD CONSTRAINT "change_request_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_request" ADD CONSTRAINT "change_request_project_fk" FOREIGN KEY ("org_id","project_id") REFERENCES "public"."project"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "change_request_number_idx" ON "change_request" USING btree ("org_id","project_id","number");--> statement-breakpoint
CREATE INDEX "change_request_project_status_idx" ON "change_request" USING btree ("org_id","project_id","status","number");