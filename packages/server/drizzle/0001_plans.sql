CREATE TABLE "plan" (
	"org_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"start" timestamp NOT NULL,
	"finish" timestamp,
	"status_date" timestamp,
	"schedule_from" text DEFAULT 'start' NOT NULL,
	"calendar_uid" integer,
	"minutes_per_day" integer DEFAULT 480 NOT NULL,
	"minutes_per_week" integer DEFAULT 2400 NOT NULL,
	"days_per_month" integer DEFAULT 20 NOT NULL,
	"honor_constraints" boolean DEFAULT true NOT NULL,
	"critical_slack_limit_days" integer DEFAULT 0 NOT NULL,
	"week_start_day" smallint DEFAULT 0 NOT NULL,
	"file_settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_org_id_project_id_pk" PRIMARY KEY("org_id","project_id"),
	CONSTRAINT "plan_schedule_from_check" CHECK ("plan"."schedule_from" in ('start','finish'))
);
--> statement-breakpoint
CREATE TABLE "plan_baseline" (
	"org_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"task_uid" integer NOT NULL,
	"number" smallint NOT NULL,
	"start" timestamp,
	"finish" timestamp,
	"duration_minutes" double precision,
	"work_minutes" double precision,
	"cost" double precision,
	CONSTRAINT "plan_baseline_org_id_project_id_number_task_uid_pk" PRIMARY KEY("org_id","project_id","number","task_uid"),
	CONSTRAINT "plan_baseline_number_check" CHECK ("plan_baseline"."number" between 0 and 10)
);
--> statement-breakpoint
CREATE TABLE "plan_calendar" (
	"org_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"uid" integer NOT NULL,
	"name" text NOT NULL,
	"is_base" boolean DEFAULT true NOT NULL,
	"base_uid" integer,
	"week_days" jsonb NOT NULL,
	"exceptions" jsonb NOT NULL,
	"work_weeks" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "plan_calendar_org_id_project_id_uid_pk" PRIMARY KEY("org_id","project_id","uid")
);
--> statement-breakpoint
CREATE TABLE "plan_link" (
	"org_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"predecessor_uid" integer NOT NULL,
	"successor_uid" integer NOT NULL,
	"type" text NOT NULL,
	"lag_minutes" double precision,
	"lag_percent" double precision,
	"lag_unit" text DEFAULT 'days' NOT NULL,
	"lag_elapsed" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "plan_link_org_id_project_id_id_pk" PRIMARY KEY("org_id","project_id","id"),
	CONSTRAINT "plan_link_type_check" CHECK ("plan_link"."type" in ('FS','SS','FF','SF')),
	CONSTRAINT "plan_link_lag_check" CHECK (("plan_link"."lag_minutes" is null) <> ("plan_link"."lag_percent" is null))
);
--> statement-breakpoint
CREATE TABLE "plan_task" (
	"org_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"uid" integer NOT NULL,
	"position" integer NOT NULL,
	"outline_level" integer NOT NULL,
	"wbs" text,
	"name" text NOT NULL,
	"duration_minutes" double precision NOT NULL,
	"duration_unit" text DEFAULT 'days' NOT NULL,
	"duration_elapsed" boolean DEFAULT false NOT NULL,
	"duration_estimated" boolean DEFAULT false NOT NULL,
	"manual" boolean DEFAULT false NOT NULL,
	"manual_start" timestamp,
	"manual_finish" timestamp,
	"constraint_type" text DEFAULT 'asSoonAsPossible' NOT NULL,
	"constraint_date" timestamp,
	"deadline" timestamp,
	"calendar_uid" integer,
	"milestone" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"percent_complete" double precision DEFAULT 0 NOT NULL,
	"actual_start" timestamp,
	"actual_finish" timestamp,
	"actual_duration_minutes" double precision,
	"remaining_duration_minutes" double precision,
	"notes" text,
	"source_uid" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"start" timestamp,
	"finish" timestamp,
	"early_start" timestamp,
	"early_finish" timestamp,
	"late_start" timestamp,
	"late_finish" timestamp,
	"total_float_minutes" double precision,
	"free_float_minutes" double precision,
	"critical" boolean DEFAULT false NOT NULL,
	"summary" boolean DEFAULT false NOT NULL,
	CONSTRAINT "plan_task_org_id_project_id_uid_pk" PRIMARY KEY("org_id","project_id","uid"),
	CONSTRAINT "plan_task_outline_level_check" CHECK ("plan_task"."outline_level" >= 1),
	CONSTRAINT "plan_task_percent_check" CHECK ("plan_task"."percent_complete" >= 0 and "plan_task"."percent_complete" <= 100)
);
--> statement-breakpoint
ALTER TABLE "plan" ADD CONSTRAINT "plan_project_fk" FOREIGN KEY ("org_id","project_id") REFERENCES "public"."project"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_baseline" ADD CONSTRAINT "plan_baseline_task_fk" FOREIGN KEY ("org_id","project_id","task_uid") REFERENCES "public"."plan_task"("org_id","project_id","uid") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_calendar" ADD CONSTRAINT "plan_calendar_plan_fk" FOREIGN KEY ("org_id","project_id") REFERENCES "public"."plan"("org_id","project_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_link" ADD CONSTRAINT "plan_link_predecessor_fk" FOREIGN KEY ("org_id","project_id","predecessor_uid") REFERENCES "public"."plan_task"("org_id","project_id","uid") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_link" ADD CONSTRAINT "plan_link_successor_fk" FOREIGN KEY ("org_id","project_id","successor_uid") REFERENCES "public"."plan_task"("org_id","project_id","uid") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task" ADD CONSTRAINT "plan_task_plan_fk" FOREIGN KEY ("org_id","project_id") REFERENCES "public"."plan"("org_id","project_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_task" ADD CONSTRAINT "plan_task_calendar_fk" FOREIGN KEY ("org_id","project_id","calendar_uid") REFERENCES "public"."plan_calendar"("org_id","project_id","uid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_baseline_task_idx" ON "plan_baseline" USING btree ("org_id","project_id","task_uid");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_link_pair_idx" ON "plan_link" USING btree ("org_id","project_id","predecessor_uid","successor_uid");--> statement-breakpoint
CREATE INDEX "plan_link_successor_idx" ON "plan_link" USING btree ("org_id","project_id","successor_uid");--> statement-breakpoint
CREATE INDEX "plan_task_position_idx" ON "plan_task" USING btree ("org_id","project_id","position");