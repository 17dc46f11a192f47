// Prints the spec's operations with their parameters: a quick look at what the API offers.
import { loadSpec } from "./load.mjs";

const { document, problems } = await loadSpec();
if (problems.length > 0) {
  for (const problem of problems) console.error(`${problem.location.join(", ")}: ${problem.message}`);
  process.exit(1);
}

const deref = (node) =>
  node?.$ref
    ? node.$ref
        .slice(2)
        .split("/")
        .reduce((v, k) => v[k], document)
    : node;

console.log(`${document.info.title} ${document.info.version} — ${document.servers[0].url}\n`);
for (const [path, item] of Object.entries(document.paths)) {
  for (const [method, operation] of Object.entries(item)) {
    console.log(`${method.toUpperCase()} ${path}  (${operation.operationId}): ${operation.summary}`);
    const body = deref(deref(operation.requestBody)?.content?.["application/json"]?.schema);
    for (const [name, property] of Object.entries(body?.properties ?? {})) {
      const schema = deref(property);
      const type = schema.type ?? (schema.oneOf ? "string | array" : "object");
      const notes = [
        body.required?.includes(name) ? "required" : "optional",
        schema.default !== undefined ? `default ${JSON.stringify(schema.default)}` : null,
        schema.minimum !== undefined || schema.maximum !== undefined
          ? `range ${schema.minimum ?? ""}..${schema.maximum ?? ""}`
          : null,
        schema.minItems ? `at least ${schema.minItems}` : null,
      ].filter(Boolean);
      console.log(`  ${name.padEnd(12)} ${String(type).padEnd(8)} ${notes.join(", ")}`);
    }
    const statuses = Object.keys(operation.responses).join(", ");
    console.log(`  responses: ${statuses}\n`);
  }
}
