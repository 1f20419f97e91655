-- AlterTable: when the cluster was first reached (before it, there is no known state at all)
ALTER TABLE "cluster" ADD COLUMN     "first_reached_at" TIMESTAMP(3),
ADD COLUMN     "groups_read_at" TIMESTAMP(3),
ADD COLUMN     "configs_read_at" TIMESTAMP(3);
UPDATE "cluster" SET "first_reached_at" = "created_at", "groups_read_at" = "last_poll_at", "configs_read_at" = "last_poll_at" WHERE "kafka_cluster_id" IS NOT NULL;

-- AlterTable: when each broker was first seen (time before it is "not watched", never "up")
ALTER TABLE "broker" ADD COLUMN     "first_seen_at" TIMESTAMP(3);
UPDATE "broker" b SET "first_seen_at" = COALESCE(
    (SELECT min(e."at") FROM "event" e
      WHERE e."cluster_id" = b."cluster_id" AND e."broker_id" = b."broker_id" AND e."type" = 'BROKER_UP'
        AND e."details"->>'firstSeen' = 'true'),
    (SELECT c."created_at" FROM "cluster" c WHERE c."id" = b."cluster_id"),
    b."since");
UPDATE "broker" SET "first_seen_at" = "since" WHERE "first_seen_at" IS NULL;
ALTER TABLE "broker" ALTER COLUMN "first_seen_at" SET NOT NULL;

-- AlterTable: lag in seconds and "nothing to read" per commit sample (the status window's reasons)
ALTER TABLE "commit_sample" ADD COLUMN     "lag_seconds" DOUBLE PRECISION,
ADD COLUMN     "caught_up" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable: when the group's lag was last evaluated (a poll that could not read an end offset leaves it), and since when its status holds
ALTER TABLE "consumer_group" ADD COLUMN     "lag_at" TIMESTAMP(3),
ADD COLUMN     "status_since" TIMESTAMP(3);

-- CreateTable: current lag per group and topic, so a topic page lists the groups reading it
CREATE TABLE "consumer_group_topic" (
    "cluster_id" TEXT NOT NULL,
    "group_id" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "partitions" INTEGER NOT NULL,
    "lag" BIGINT,
    "max_lag_seconds" DOUBLE PRECISION,
    "status" TEXT NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "consumer_group_topic_pkey" PRIMARY KEY ("cluster_id","group_id","topic")
);

-- CreateIndex
CREATE INDEX "consumer_group_topic_cluster_id_topic_idx" ON "consumer_group_topic"("cluster_id", "topic");
