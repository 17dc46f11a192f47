/** A count of requests in flight with a ceiling: `tryAcquire()` gives a release function, or `undefined` when full. */
export interface ConcurrencyLimit {
  tryAcquire(): (() => void) | undefined;
  /** Requests in flight now. */
  readonly active: number;
}

/** A limit of `max` requests in flight; each release function counts once, however often it is called. */
export function createConcurrencyLimit(max: number): ConcurrencyLimit {
  let active = 0;
  return {
    get active() {
      return active;
    },
    tryAcquire() {
      if (active >= max) return undefined;
      active += 1;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        active -= 1;
      };
    },
  };
}
