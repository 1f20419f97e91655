-- CreateTable: one row per alert's life (pending → firing → resolved)
CREATE TABLE "alert" (
    "id" BIGSERIAL NOT NULL,
    "cluster_id" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "labels" JSONB NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "active_since" TIMESTAMP(3) NOT NULL,
    "fired_at" TIMESTAMP(3),
    "resolved_at" TIMESTAMP(3),
    "last_true_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "alert_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "alert_cluster_id_state_idx" ON "alert"("cluster_id", "state");

-- CreateIndex
CREATE INDEX "alert_cluster_id_active_since_idx" ON "alert"("cluster_id", "active_since");

-- CreateTable: a notification owed to a receiver, retried with backoff until sent
CREATE TABLE "alert_delivery" (
    "id" BIGSERIAL NOT NULL,
    "cluster_id" TEXT NOT NULL,
    "alert_id" BIGINT,
    "receiver" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMP(3) NOT NULL,
    "last_error" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL,
    "sent_at" TIMESTAMP(3),

    CONSTRAINT "alert_delivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "alert_delivery_status_next_attempt_at_idx" ON "alert_delivery"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "alert_delivery_alert_id_idx" ON "alert_delivery"("alert_id");

-- CreateTable: every attempt to deliver, with what the receiver answered
CREATE TABLE "alert_attempt" (
    "id" BIGSERIAL NOT NULL,
    "delivery_id" BIGINT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "ok" BOOLEAN NOT NULL,
    "status_code" INTEGER,
    "error" TEXT,
    "duration_ms" INTEGER NOT NULL,

    CONSTRAINT "alert_attempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "alert_attempt_delivery_id_idx" ON "alert_attempt"("delivery_id");
