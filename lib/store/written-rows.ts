/**
 * The current-state rows a collector last committed, by key, as the JSON it sent: a row that would
 * be sent the same again is left out of the statement (at 10,000 partitions most are idle in any
 * 5 s, and every row sent is encoded twice by Prisma's raw-query parameters and parsed by Postgres
 * only to be found unchanged). Valid only while its collector is the one writer of its cluster's
 * rows (it holds the lease): the collector starts a new one whenever it reloads its state.
 */
export class WrittenRows {
  private committed = new Map<string, string>();

  /**
   * The rows to send (as JSON) and what will be committed if the transaction commits: every row
   * of this poll, so a row the poll no longer has (a deleted topic's) is sent again when it returns.
   */
  changed(rows: { key: string; json: string }[]): { send: string[]; staged: Map<string, string> } {
    const staged = new Map<string, string>();
    const send: string[] = [];
    for (const r of rows) {
      staged.set(r.key, r.json);
      if (this.committed.get(r.key) !== r.json) send.push(r.json);
    }
    return { send, staged };
  }

  /** After the transaction committed; never after a rollback. */
  commit(staged: Map<string, string>): void {
    this.committed = staged;
  }
}
