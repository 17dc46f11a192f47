// Builds the mock server's fault headers (syntax: tools/mock-server/README.md, `parseFault`):
// `x-mock-fault: status=429;fail-first=1`, and `x-mock-fault-key` so that each use of a
// `fail-first` fault has its own counter.

/** Request headers that make the mock server misbehave in one way. */
export type FaultHeaders = Record<string, string>;

let nextKey = 0;
const run = Math.random().toString(36).slice(2, 8);

/** Any fault string (its parts joined by `;`), with a key of its own. */
export function fault(parts: string[]): FaultHeaders {
  return { "x-mock-fault": parts.join(";"), "x-mock-fault-key": `conformance-${run}-${nextKey++}` };
}

/**
 * Answer with `status` and the spec's error body (of `type` when given); with `times`, only the
 * first `times` attempts fail. `retry-after-ms: 10` keeps retries fast.
 */
export function statusFault(status: number, options: { type?: string; times?: number } = {}): FaultHeaders {
  const parts = [`status=${status}`, "retry-after-ms=10"];
  if (options.type) parts.push(`type=${options.type}`);
  if (options.times !== undefined) parts.push(`fail-first=${options.times}`);
  return fault(parts);
}

/** Hold the response back for `ms` before its first byte. */
export function delayFault(ms: number): FaultHeaders {
  return fault([`latency=${ms}`]);
}

/** Stream slowly: wait `ms` between two events. */
export function slowStreamFault(ms: number): FaultHeaders {
  return fault([`chunk-delay=${ms}`]);
}
