-- CreateTable
CREATE TABLE "cluster" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kafka_cluster_id" TEXT,
    "controller_id" INTEGER,
    "reachable" BOOLEAN,
    "unreachable_since" TIMESTAMP(3),
    "last_poll_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cluster_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "broker" (
    "cluster_id" TEXT NOT NULL,
    "broker_id" INTEGER NOT NULL,
    "host" TEXT NOT NULL,
    "port" INTEGER NOT NULL,
    "rack" TEXT,
    "up" BOOLEAN NOT NULL,
    "since" TIMESTAMP(3) NOT NULL,
    "last_seen_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "broker_pkey" PRIMARY KEY ("cluster_id","broker_id")
);

-- CreateTable
CREATE TABLE "topic" (
    "cluster_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "topic_id" TEXT,
    "internal" BOOLEAN NOT NULL,
    "partition_count" INTEGER NOT NULL,
    "replication_factor" INTEGER NOT NULL,
    "configs" JSONB,
    "first_seen_at" TIMESTAMP(3) NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "topic_pkey" PRIMARY KEY ("cluster_id","name")
);

-- CreateTable
CREATE TABLE "partition_state" (
    "cluster_id" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "partition" INTEGER NOT NULL,
    "leader" INTEGER NOT NULL,
    "replicas" INTEGER[],
    "isr" INTEGER[],
    "offline_replicas" INTEGER[],
    "start_offset" BIGINT,
    "end_offset" BIGINT,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "partition_state_pkey" PRIMARY KEY ("cluster_id","topic","partition")
);

-- CreateTable
CREATE TABLE "consumer_group" (
    "cluster_id" TEXT NOT NULL,
    "group_id" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "protocol" TEXT,
    "members" JSONB NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "consumer_group_pkey" PRIMARY KEY ("cluster_id","group_id")
);

-- CreateTable
CREATE TABLE "event" (
    "id" BIGSERIAL NOT NULL,
    "cluster_id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "type" TEXT NOT NULL,
    "broker_id" INTEGER,
    "topic" TEXT,
    "partition" INTEGER,
    "details" JSONB NOT NULL,

    CONSTRAINT "event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "poll_run" (
    "id" BIGSERIAL NOT NULL,
    "cluster_id" TEXT NOT NULL,
    "started_at" TIMESTAMP(3) NOT NULL,
    "duration_ms" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "error" TEXT,
    "phases" JSONB NOT NULL,

    CONSTRAINT "poll_run_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lag_sample" (
    "id" BIGSERIAL NOT NULL,
    "cluster_id" TEXT NOT NULL,
    "group_id" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "lag" BIGINT NOT NULL,
    "lag_seconds" DOUBLE PRECISION,

    CONSTRAINT "lag_sample_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "offset_sample" (
    "id" BIGSERIAL NOT NULL,
    "cluster_id" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "partition" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "end_offset" BIGINT NOT NULL,

    CONSTRAINT "offset_sample_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "event_cluster_id_at_idx" ON "event"("cluster_id", "at");

-- CreateIndex
CREATE INDEX "event_cluster_id_type_at_idx" ON "event"("cluster_id", "type", "at");

-- CreateIndex
CREATE INDEX "event_cluster_id_topic_at_idx" ON "event"("cluster_id", "topic", "at");

-- CreateIndex
CREATE INDEX "event_cluster_id_broker_id_at_idx" ON "event"("cluster_id", "broker_id", "at");

-- CreateIndex
CREATE INDEX "poll_run_cluster_id_started_at_idx" ON "poll_run"("cluster_id", "started_at");

-- CreateIndex
CREATE INDEX "lag_sample_cluster_id_group_id_at_idx" ON "lag_sample"("cluster_id", "group_id", "at");

-- CreateIndex
CREATE INDEX "offset_sample_cluster_id_topic_at_idx" ON "offset_sample"("cluster_id", "topic", "at");
