/** An expected, user-facing failure of the local cluster tool (printed as one line by the CLI). */
export class DevKafkaError extends Error {
  override name = 'DevKafkaError';
}
