CREATE TABLE "lrs_outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"statement_id" uuid NOT NULL,
	"attempt_id" uuid NOT NULL,
	"statement" jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"tries" integer DEFAULT 0 NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"leased_until" timestamp with time zone,
	"leased_by" text,
	"last_error" text,
	"created_at" timestamp with time zone NOT NULL,
	"done_at" timestamp with time zone,
	CONSTRAINT "lrs_outbox_statement_id_unique" UNIQUE("statement_id")
);
--> statement-breakpoint
ALTER TABLE "lrs_outbox" ADD CONSTRAINT "lrs_outbox_attempt_id_attempts_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."attempts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "lrs_outbox_status_id" ON "lrs_outbox" USING btree ("status","id");--> statement-breakpoint
CREATE INDEX "lrs_outbox_attempt" ON "lrs_outbox" USING btree ("attempt_id","id");