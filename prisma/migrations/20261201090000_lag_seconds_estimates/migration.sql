-- A group's and a topic's largest lag in seconds say how they were obtained, so a lower bound
-- reads "≥" in the lists; a partition's sample says when its figure is only a lower bound, so the
-- status reasons replayed after a restart keep saying "at least". All nullable: no table rewrite,
-- and nothing stored for the usual (non-bound) sample.
ALTER TABLE "consumer_group" ADD COLUMN "max_lag_seconds_estimate" TEXT;
ALTER TABLE "consumer_group_topic" ADD COLUMN "max_lag_seconds_estimate" TEXT;
ALTER TABLE "commit_sample" ADD COLUMN "lag_seconds_at_least" BOOLEAN;
