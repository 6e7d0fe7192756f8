CREATE TABLE "benchmarks" (
	"month" text PRIMARY KEY NOT NULL,
	"body" text NOT NULL,
	"imported_at" text NOT NULL
);
