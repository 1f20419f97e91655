/** "host:port" (host may be a bracketed IPv6 address) split and checked. */
export function parseAddress(address: string): { host: string; port: number } {
  const i = address.lastIndexOf(':');
  const host = address.slice(0, i).replace(/^\[(.*)\]$/, '$1');
  const port = Number(address.slice(i + 1));
  if (i <= 0 || !host || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`invalid broker address '${address}' (expected host:port)`);
  }
  return { host, port };
}
