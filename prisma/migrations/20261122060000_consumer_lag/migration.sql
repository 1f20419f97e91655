-- AlterTable
ALTER TABLE "consumer_group" ADD COLUMN     "max_lag_seconds" DOUBLE PRECISION,
ADD COLUMN     "partitions" JSONB,
ADD COLUMN     "status" TEXT,
ADD COLUMN     "status_reason" TEXT,
ADD COLUMN     "total_lag" BIGINT;

-- CreateTable
CREATE TABLE "commit_sample" (
    "id" BIGSERIAL NOT NULL,
    "cluster_id" TEXT NOT NULL,
    "group_id" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "partition" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "committed" BIGINT,
    "end_offset" BIGINT,
    "lag" BIGINT,

    CONSTRAINT "commit_sample_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lag_rollup" (
    "cluster_id" TEXT NOT NULL,
    "group_id" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "bucket" TIMESTAMP(3) NOT NULL,
    "max_lag" BIGINT NOT NULL,
    "avg_lag" DOUBLE PRECISION NOT NULL,
    "max_lag_seconds" DOUBLE PRECISION,
    "samples" INTEGER NOT NULL,

    CONSTRAINT "lag_rollup_pkey" PRIMARY KEY ("cluster_id","group_id","topic","bucket")
);

-- CreateIndex
CREATE INDEX "commit_sample_cluster_id_group_id_at_idx" ON "commit_sample"("cluster_id", "group_id", "at");
