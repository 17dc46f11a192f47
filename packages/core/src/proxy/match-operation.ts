import type { ProxyOperation } from "./proxy-operation.ts";

/** Finds the operation of a request: by path (`"path"` if only the method differs), or nothing. */
export type OperationMatcher = (
  method: string,
  path: string,
) => { operation: ProxyOperation } | { allowedMethods: string[] } | undefined;

/**
 * Compiles the operation table into a matcher. A path parameter matches one non-empty segment
 * that is not `.` or `..` and holds no encoded slash, so a parameter cannot reach another path
 * upstream.
 */
export function compileOperations(operations: readonly ProxyOperation[]): OperationMatcher {
  const compiled = operations.map((operation) => ({ operation, pattern: templatePattern(operation.path) }));
  return (method, path) => {
    const onPath = compiled.filter(({ pattern }) => pattern.test(path));
    if (onPath.length === 0) return undefined;
    const found = onPath.find(({ operation }) => operation.method === method);
    if (found) return { operation: found.operation };
    return { allowedMethods: onPath.map(({ operation }) => operation.method) };
  };
}

function templatePattern(template: string): RegExp {
  const parts = template.split(/\{[^}]+\}/).map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join("(?!\\.{1,2}(?:/|$))(?:(?!%2[fF])[^/])+")}$`);
}
