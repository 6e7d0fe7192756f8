CREATE TABLE "storage_meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL
);
