export { KafkaProbe } from './probe';
export { KafkaAuthError, KafkaTimeoutError, type KafkaConnectOptions } from './connection';
export { KafkaResponseError } from './wire';
export { errorName } from './internals';
export type * from './types';
