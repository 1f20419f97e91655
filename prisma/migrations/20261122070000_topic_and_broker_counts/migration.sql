-- AlterTable
ALTER TABLE "broker" ADD COLUMN     "leader_count" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "replica_count" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "topic" ADD COLUMN     "messages" BIGINT,
ADD COLUMN     "offline_partitions" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "under_min_isr_partitions" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "under_replicated_partitions" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "topic_cluster_id_offline_partitions_idx" ON "topic"("cluster_id", "offline_partitions");

-- CreateIndex
CREATE INDEX "topic_cluster_id_under_replicated_partitions_idx" ON "topic"("cluster_id", "under_replicated_partitions");
