CREATE TABLE "email_outbox" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"dedupe_key" text,
	"state" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "email_outbox_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "email_outbox_state_check" CHECK ("email_outbox"."state" in ('pending','sent','failed')),
	CONSTRAINT "email_outbox_kind_check" CHECK ("email_outbox"."kind" in ('gate_review_requested','gate_decided','status_report_overdue','raid_action_assigned'))
);
--> statement-breakpoint
CREATE TABLE "notification" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"link" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"project_id" uuid,
	"dedupe_key" text,
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "notification_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "notification_kind_check" CHECK ("notification"."kind" in ('gate_review_requested','gate_decided','status_report_overdue','raid_action_assigned'))
);
--> statement-breakpoint
CREATE TABLE "notification_preference" (
	"org_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"in_app" boolean NOT NULL,
	"email" boolean NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "notification_preference_org_id_user_id_kind_pk" PRIMARY KEY("org_id","user_id","kind"),
	CONSTRAINT "notification_preference_kind_check" CHECK ("notification_preference"."kind" in ('gate_review_requested','gate_decided','status_report_overdue','raid_action_assigned'))
);
--> statement-breakpoint
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_member_fk" FOREIGN KEY ("org_id","user_id") REFERENCES "public"."org_member"("org_id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_member_fk" FOREIGN KEY ("org_id","user_id") REFERENCES "public"."org_member"("org_id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preference" ADD CONSTRAINT "notification_preference_member_fk" FOREIGN KEY ("org_id","user_id") REFERENCES "public"."org_member"("org_id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "email_outbox_due_idx" ON "email_outbox" USING btree ("next_attempt_at") WHERE "email_outbox"."state" = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "email_outbox_dedupe_idx" ON "email_outbox" USING btree ("org_id","user_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "notification_user_created_idx" ON "notification" USING btree ("org_id","user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "notification_unread_idx" ON "notification" USING btree ("org_id","user_id") WHERE "notification"."read_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "notification_dedupe_idx" ON "notification" USING btree ("org_id","user_id","dedupe_key");