-- AlterTable: the KRaft quorum as last described (voters, observers, lag)
ALTER TABLE "cluster" ADD COLUMN     "quorum" JSONB;

-- AlterTable: eligible leader replicas per partition (KIP-966); null = not read
ALTER TABLE "partition_state" ADD COLUMN     "elr" JSONB;

-- AlterTable: when an end offset of the topic last moved, as far as Kafkascope saw
ALTER TABLE "topic" ADD COLUMN     "last_write_at" TIMESTAMP(3);

-- CreateTable: current findings (what will hurt at the next failure)
CREATE TABLE "finding" (
    "cluster_id" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "subject_kind" TEXT NOT NULL,
    "subject" JSONB NOT NULL,
    "topic" TEXT,
    "broker_id" INTEGER,
    "group_id" TEXT,
    "title" TEXT NOT NULL,
    "impact" TEXT NOT NULL,
    "fix" JSONB NOT NULL,
    "facts" JSONB NOT NULL,
    "first_seen_at" TIMESTAMP(3) NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "finding_pkey" PRIMARY KEY ("cluster_id","id")
);

-- CreateIndex
CREATE INDEX "finding_cluster_id_topic_idx" ON "finding"("cluster_id", "topic");

-- CreateTable: every config of every topic, as kafka-configs --describe --all lists them
CREATE TABLE "topic_config" (
    "cluster_id" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "entries" JSONB NOT NULL,
    "read_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "topic_config_pkey" PRIMARY KEY ("cluster_id","topic")
);

-- CreateTable: every config of every broker
CREATE TABLE "broker_config" (
    "cluster_id" TEXT NOT NULL,
    "broker_id" INTEGER NOT NULL,
    "entries" JSONB NOT NULL,
    "read_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "broker_config_pkey" PRIMARY KEY ("cluster_id","broker_id")
);
