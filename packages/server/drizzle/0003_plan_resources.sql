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
ALTER TABLE "plan_assignment" ADD CONSTRAINT "plan_assignment_task_fk" FOREIGN KEY ("org_id","project_id","task_uid") REFERENCES "public"."plan_task"("org_id","project_id","uid") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_assignment" ADD CONSTRAINT "plan_assignment_resource_fk" FOREIGN KEY ("org_id","project_id","resource_uid") REFERENCES "public"."plan_resource"("org_id","project_id","uid") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_resource" ADD CONSTRAINT "plan_resource_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_resource" ADD CONSTRAINT "plan_resource_plan_fk" FOREIGN KEY ("org_id","project_id") REFERENCES "public"."plan"("org_id","project_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_assignment_resource_idx" ON "plan_assignment" USING btree ("org_id","project_id","resource_uid");--> statement-breakpoint
CREATE INDEX "plan_resource_user_idx" ON "plan_resource" USING btree ("org_id","user_id");