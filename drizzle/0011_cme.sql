CREATE TABLE "cme_evaluations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "cme_evaluations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"certificate_id" integer NOT NULL,
	"activity_id" integer NOT NULL,
	"is_relevant" boolean NOT NULL,
	"is_free_of_bias" boolean NOT NULL,
	"practice_change" text NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cme_evaluations_certificate_id_unique" UNIQUE("certificate_id"),
	CONSTRAINT "cme_evaluations_practice_change_check" CHECK (practice_change in ('yes', 'no', 'unsure')),
	CONSTRAINT "cme_evaluations_comment_length" CHECK ("cme_evaluations"."comment" is null or length("cme_evaluations"."comment") <= 2000)
);
--> statement-breakpoint
ALTER TABLE "cme_activities" ADD COLUMN "format" text DEFAULT 'article' NOT NULL;--> statement-breakpoint
ALTER TABLE "cme_activities" ADD COLUMN "video_url" text;--> statement-breakpoint
ALTER TABLE "cme_activities" ADD COLUMN "max_attempts" integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "cme_activities" ADD COLUMN "attempt_window_hours" integer DEFAULT 24 NOT NULL;--> statement-breakpoint
ALTER TABLE "cme_evaluations" ADD CONSTRAINT "cme_evaluations_certificate_id_cme_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."cme_certificates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cme_evaluations" ADD CONSTRAINT "cme_evaluations_activity_id_cme_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."cme_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cme_evaluations_activity_idx" ON "cme_evaluations" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "cme_activities_listing_idx" ON "cme_activities" USING btree ("status","expiry_date");--> statement-breakpoint
ALTER TABLE "cme_activities" ADD CONSTRAINT "cme_activities_format_check" CHECK (format in ('article', 'video'));--> statement-breakpoint
ALTER TABLE "cme_activities" ADD CONSTRAINT "cme_activities_attempts" CHECK ("cme_activities"."max_attempts" between 1 and 20 and "cme_activities"."attempt_window_hours" between 1 and 720);--> statement-breakpoint
ALTER TABLE "cme_certificates" ADD CONSTRAINT "cme_certificates_code_shape" CHECK (code ~ '^HDC(-[0-9A-HJKMNP-TV-Z]{4}){4}$');