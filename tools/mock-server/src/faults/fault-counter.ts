/**
 * Counts requests per fault key for `fail-first=N`, so the first N requests with one key fail
 * and the later ones succeed. One counter per server: parallel tests that use different keys
 * (the `x-mock-fault-key` header, or different fault strings) do not disturb each other.
 */
export class FaultCounter {
  readonly #seen = new Map<string, number>();

  /**
   * Records one more request with `key` and says whether it is among the first `limit`.
   * @param key the fault key
   * @param limit how many requests with the key get the fault
   */
  take(key: string, limit: number): boolean {
    const count = (this.#seen.get(key) ?? 0) + 1;
    this.#seen.set(key, count);
    return count <= limit;
  }

  /** How many requests with `key` were counted so far. */
  count(key: string): number {
    return this.#seen.get(key) ?? 0;
  }

  /** Forgets every count (or one key's). */
  reset(key?: string): void {
    if (key === undefined) this.#seen.clear();
    else this.#seen.delete(key);
  }
}
