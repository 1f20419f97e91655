export { groupIncidents, DEFAULT_QUIET_GAP_MS } from './group';
export { formatDuration } from './format';
export type { GroupOptions, Incident, IncidentEvent, IncidentSeverity, PartitionOutage } from './types';
