// Builds the mock server's `x-mock-fault` header (tools/mock-server/README.md has the syntax).

/** Request headers that make the mock server misbehave in one way. */
export type FaultHeaders = Record<string, string>;

function fault(value: string): FaultHeaders {
  return { "x-mock-fault": value };
}

/** Answer with `status` and an error body of `type`; with `times`, only the first `times` attempts fail. */
export function statusFault(status: number, options: { type?: string; times?: number } = {}): FaultHeaders {
  const parts = [`status=${status}`];
  if (options.type) parts.push(`type=${options.type}`);
  if (options.times !== undefined) parts.push(`times=${options.times}`);
  return fault(parts.join(";"));
}

/** Hold the response headers back for `ms`. */
export function delayFault(ms: number): FaultHeaders {
  return fault(`delay=${ms}`);
}

/** Stream slowly: wait `ms` between two chunks. */
export function slowStreamFault(ms: number): FaultHeaders {
  return fault(`chunk-delay=${ms}`);
}
