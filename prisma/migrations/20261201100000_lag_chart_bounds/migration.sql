-- The lag chart says which of its lag-in-seconds points are only lower bounds (a partition older
-- than the end-offset history, with no writes in it to date it by): per poll, and per hour in the
-- rollups (an hour with any bound in it). Nullable: nothing stored for the usual sample.
ALTER TABLE "lag_sample" ADD COLUMN "lag_seconds_at_least" BOOLEAN;
ALTER TABLE "lag_rollup" ADD COLUMN "max_lag_seconds_at_least" BOOLEAN;
