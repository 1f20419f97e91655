-- CreateTable: messages written per topic in 5-minute buckets, and the seconds each bucket was watched
CREATE TABLE "throughput_rollup" (
    "cluster_id" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "bucket" TIMESTAMP(3) NOT NULL,
    "messages" BIGINT NOT NULL,
    "seconds" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "throughput_rollup_pkey" PRIMARY KEY ("cluster_id","topic","bucket")
);

-- CreateIndex: retention deletes by bucket alone
CREATE INDEX "throughput_rollup_bucket_idx" ON "throughput_rollup"("bucket");
