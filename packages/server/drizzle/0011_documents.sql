CREATE TABLE "document" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"project_id" uuid,
	"kind" text NOT NULL,
	"built_in_key" text,
	"title" text NOT NULL,
	"category" text NOT NULL,
	"gate_phase" integer,
	"gate_deliverable" text,
	"latest_version" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "document_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "document_kind_check" CHECK ("document"."kind" in ('template','project')),
	CONSTRAINT "document_kind_project_check" CHECK (("document"."kind" = 'template') = ("document"."project_id" is null)),
	CONSTRAINT "document_gate_check" CHECK (("document"."gate_phase" is null) = ("document"."gate_deliverable" is null) and ("document"."gate_phase" is null or "document"."kind" = 'project'))
);
--> statement-breakpoint
CREATE TABLE "document_blob_chunk" (
	"org_id" uuid NOT NULL,
	"blob_key" text NOT NULL,
	"chunk" integer NOT NULL,
	"bytes" "bytea" NOT NULL,
	CONSTRAINT "document_blob_chunk_org_id_blob_key_chunk_pk" PRIMARY KEY("org_id","blob_key","chunk")
);
--> statement-breakpoint
CREATE TABLE "document_version" (
	"org_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"file_name" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"sha256" text NOT NULL,
	"content_type" text NOT NULL,
	"blob_key" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"uploaded_by" text,
	CONSTRAINT "document_version_org_id_document_id_number_pk" PRIMARY KEY("org_id","document_id","number")
);
--> statement-breakpoint
ALTER TABLE "document" ADD CONSTRAINT "document_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document" ADD CONSTRAINT "document_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document" ADD CONSTRAINT "document_updated_by_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document" ADD CONSTRAINT "document_project_fk" FOREIGN KEY ("org_id","project_id") REFERENCES "public"."project"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_blob_chunk" ADD CONSTRAINT "document_blob_chunk_org_id_org_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."org"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_version" ADD CONSTRAINT "document_version_uploaded_by_user_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_version" ADD CONSTRAINT "document_version_document_fk" FOREIGN KEY ("org_id","document_id") REFERENCES "public"."document"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "document_built_in_idx" ON "document" USING btree ("org_id","built_in_key");--> statement-breakpoint
CREATE INDEX "document_project_idx" ON "document" USING btree ("org_id","project_id","title","id");