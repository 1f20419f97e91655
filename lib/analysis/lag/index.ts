export { partitionLag, totalLag, type PartitionLag, type PartitionLagInput } from './partition-lag';
export { sinceLastReset, timeLag, type OffsetAt, type TimeLag } from './time-lag';
export {
  DEFAULT_LAG_STATUS_CONFIG,
  LAG_STATUS_SEVERITY,
  groupStatus,
  historyStatus,
  partitionStatus,
  type LagSample,
  type LagStatus,
  type LagStatusConfig,
  type LagStatusContext,
  type PartitionLagStatus,
} from './status';
