import { APIError } from "@maxtoken/core";
import { BaseClient, errorClassForStatus } from "@maxtoken/core/internal";
import { toPointer } from "@maxtoken/spec";
import type { ApiModel } from "./api-model.ts";
import { coreExports } from "./core-exports.ts";
import type { BundledProblem } from "./spec-problem.ts";

/**
 * Checks the model against the runtime core the generated code stands on, and records the error
 * class of every error response:
 * - an error status maps to core's class for it (`errorClassForStatus`); a status with no class of
 *   its own (408, 409, a `4XX` range's unnamed statuses) maps to the generic `APIError`, with a
 *   warning, since callers can only tell it apart by `status`; `default` is documented as
 *   `APIError` (each status still gets its own class at run time);
 * - a top-level namespace must not shadow a member of `BaseClient` (a problem).
 * - a schema must not take the name of one of core's public exports (the generated index
 *   re-exports both under their own names).
 */
export function checkCoreContract(model: ApiModel): { problems: BundledProblem[]; warnings: BundledProblem[] } {
  const problems: BundledProblem[] = [];
  const warnings: BundledProblem[] = [];
  for (const operation of model.operations) {
    for (const error of operation.errors) {
      const statuses =
        error.status === "default"
          ? []
          : /^\dXX$/.test(error.status)
            ? Array.from({ length: 100 }, (_, index) => Number(error.status[0]) * 100 + index)
            : [Number(error.status)];
      const unmapped = statuses.filter((status) => errorClassForStatus(status) === APIError);
      const pointer = toPointer(["paths", operation.path, operation.httpMethod, "responses", error.status]);
      // `default` covers every other status; each still gets its own class at run time.
      if (unmapped.length > 0) {
        const which =
          unmapped.length === 1
            ? `status ${unmapped[0]}`
            : `statuses ${unmapped.slice(0, 5).join(", ")}${unmapped.length > 5 ? ", ..." : ""}`;
        warnings.push({
          pointer,
          message: `${which} has no error class of its own in @maxtoken/core: it is thrown as the generic \`APIError\` (check \`error.status\`).`,
          fix: "nothing to do; to give it a class, add one to packages/core's errorClassForStatus.",
        });
      }
      const classes = [
        ...new Set([
          ...statuses.flatMap((status) =>
            [undefined, ...error.types].map((type) => errorClassForStatus(status, type).name),
          ),
          ...(error.status === "default" ? ["APIError"] : []),
        ]),
      ];
      error.className = classes.join(" | ");
    }
  }
  const members = baseClientMembers();
  for (const child of model.resources.children) {
    const name = child.namespace[0]!;
    if (members.has(name)) {
      const operation = child.methods[0] ?? model.operations.find((candidate) => candidate.namespace[0] === name)!;
      problems.push({
        pointer: operation.pointer,
        message: `\`client.${name}\` would hide \`BaseClient.prototype.${name}\`, which the client needs.`,
        fix: `set \`x-sdk-method\` on the operations under \`${name}\` to use another namespace.`,
      });
    }
  }
  const schemaNames = new Set(Object.keys(model.document.components?.schemas ?? {}));
  for (const { name } of coreExports()) {
    if (!schemaNames.has(name)) continue;
    problems.push({
      pointer: toPointer(["components", "schemas", name]),
      message: `the schema name \`${name}\` is also the name of an export of @maxtoken/core, which every runtime package re-exports.`,
      fix: `rename the schema (e.g. \`Api${name}\`).`,
    });
  }
  return { problems, warnings };
}

/** The public members of a `BaseClient` instance: its prototype's and the fields its constructor sets. */
function baseClientMembers(): Set<string> {
  const names = new Set(Object.getOwnPropertyNames(BaseClient.prototype));
  try {
    const Probe = class extends BaseClient {};
    const runtime = {
      runtime: "probe",
      runtimeVersion: "0",
      packageName: "probe",
      readEnv: () => undefined,
      sendUserAgent: false,
      browser: false,
    };
    const instance = new Probe(
      { apiKey: "probe", baseURL: "http://127.0.0.1", fetch: () => Promise.reject(new Error("probe")) },
      runtime,
    );
    for (const name of Object.keys(instance)) names.add(name);
  } catch {
    // A core that refuses the probe's options: the prototype's names still count.
  }
  return names;
}
