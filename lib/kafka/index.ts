export { KafkaProbe } from './probe';
export { isConsumerGroup } from './list-groups';
export type { GroupRef } from './groups';
export { KafkaAuthError, KafkaSecurityError, KafkaTimeoutError, type KafkaConnectOptions } from './connection';
export { KafkaResponseError } from './wire';
export { errorName } from './internals';
export type * from './types';
export type * from './peek-types';
