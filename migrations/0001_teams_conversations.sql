CREATE TABLE `teams_activities` (
	`activity_id` text PRIMARY KEY NOT NULL,
	`response` text,
	`received_at` text NOT NULL,
	`received_at_ms` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `teams_activities_received_idx` ON `teams_activities` (`received_at_ms`);--> statement-breakpoint
CREATE TABLE `teams_conversations` (
	`conversation_id` text PRIMARY KEY NOT NULL,
	`conversation_type` text NOT NULL,
	`tenant_id` text,
	`service_url` text NOT NULL,
	`bot_id` text NOT NULL,
	`user_aad_object_id` text,
	`user_id` text,
	`removed_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `teams_conversations_user_idx` ON `teams_conversations` (`user_aad_object_id`);