CREATE TABLE "raid_item" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"type" text NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"owner_id" text,
	"due_date" date,
	"risk_kind" text,
	"probability" smallint,
	"impact" smallint,
	"proximity" date,
	"response" text,
	"response_plan" text,
	"trigger" text,
	"residual_probability" smallint,
	"residual_impact" smallint,
	"priority" text,
	"escalated" boolean,
	"depends_on_project_id" uuid,
	"decided_on" date,
	"decided_by" text,
	"options_considered" text,
	"rationale" text,
	"last_reviewed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "raid_item_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "raid_item_type_check" CHECK ("raid_item"."type" in ('risk','issue','assumption','dependency','decision','action')),
	CONSTRAINT "raid_item_status_check" CHECK ("raid_item"."status" in ('open','in_progress','closed')),
	CONSTRAINT "raid_item_risk_check" CHECK (("raid_item"."type" = 'risk') = ("raid_item"."probability" is not null and "raid_item"."impact" is not null and "raid_item"."risk_kind" is not null)),
	CONSTRAINT "raid_item_ratings_check" CHECK ("raid_item"."probability" between 1 and 5 and "raid_item"."impact" between 1 and 5 and "raid_item"."residual_probability" between 1 and 5 and "raid_item"."residual_impact" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "raid_item" ADD CONSTRAINT "raid_item_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "raid_item" ADD CONSTRAINT "raid_item_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "raid_item" ADD CONSTRAINT "raid_item_project_fk" FOREIGN KEY ("org_id","project_id") REFERENCES "public"."project"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "raid_item_ref_idx" ON "raid_item" USING btree ("org_id","project_id","type","number");--> statement-breakpoint
CREATE INDEX "raid_item_project_created_idx" ON "raid_item" USING btree ("org_id","project_id","created_at","id");--> statement-breakpoint
CREATE INDEX "raid_item_org_created_idx" ON "raid_item" USING btree ("org_id","created_at","id");--> statement-breakpoint
CREATE INDEX "raid_item_score_idx" ON "raid_item" USING btree ("org_id",coalesce("probability" * "impact", 0),"id");--> statement-breakpoint
CREATE INDEX "raid_item_threat_idx" ON "raid_item" USING btree ("org_id","project_id","probability","impact") WHERE "raid_item"."type" = 'risk' and "raid_item"."risk_kind" = 'threat' and "raid_item"."status" <> 'closed';