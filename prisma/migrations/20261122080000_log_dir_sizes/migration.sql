-- AlterTable
ALTER TABLE "broker" ADD COLUMN     "disk_total_bytes" BIGINT,
ADD COLUMN     "disk_usable_bytes" BIGINT,
ADD COLUMN     "log_bytes" BIGINT;

-- AlterTable
ALTER TABLE "topic" ADD COLUMN     "size_bytes" BIGINT;
