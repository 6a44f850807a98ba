CREATE TABLE "raid_task_link" (
	"org_id" uuid NOT NULL,
	"raid_item_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"task_uid" integer NOT NULL,
	CONSTRAINT "raid_task_link_org_id_raid_item_id_task_uid_pk" PRIMARY KEY("org_id","raid_item_id","task_uid")
);
--> statement-breakpoint
ALTER TABLE "raid_item" ADD COLUMN "category" text;--> statement-breakpoint
ALTER TABLE "raid_item" ADD COLUMN "last_reviewed_by" text;--> statement-breakpoint
ALTER TABLE "raid_task_link" ADD CONSTRAINT "raid_task_link_item_fk" FOREIGN KEY ("org_id","raid_item_id") REFERENCES "public"."raid_item"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "raid_task_link_task_idx" ON "raid_task_link" USING btree ("org_id","project_id","task_uid");--> statement-breakpoint
ALTER TABLE "raid_item" ADD CONSTRAINT "raid_item_last_reviewed_by_user_id_fk" FOREIGN KEY ("last_reviewed_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "raid_item_review_idx" ON "raid_item" USING btree ("org_id","last_reviewed_at") WHERE "raid_item"."status" <> 'closed';