export { groupIncidents, DEFAULT_QUIET_GAP_MS, DEFAULT_CASCADE_MS } from './group';
export type { GroupOptions, Incident, IncidentEvent, IncidentKind, IncidentSeverity, PartitionOutage } from './types';
