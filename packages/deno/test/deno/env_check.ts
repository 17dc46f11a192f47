// Run by test/deno.test.ts with `deno run` (not `deno test`, which never prompts): once without
// any env permission in a pseudo-terminal, where a permission prompt would show and wait, and
// once with `--allow-env=MAXTOKEN_API_KEY,MAXTOKEN_BASE_URL`. MAXTOKEN_API_KEY is set both times.
//   deno run --config deno.test.json --allow-net=127.0.0.1 test/deno/env_check.ts <baseURL> granted|denied
// Prints one line per passed check, `ok <n>` at the end; exits non-zero on a failed check.
import { Maxtoken } from "../../src/generated/index.gen.ts";
import { runtime } from "../../src/runtime.ts";

const [baseURL, expectation] = Deno.args;
if (!baseURL || (expectation !== "granted" && expectation !== "denied")) {
  throw new Error("usage: env_check.ts <baseURL> granted|denied");
}
const granted = expectation === "granted";
let passed = 0;

function check(actual: unknown, expected: unknown, what: string): void {
  if (actual !== expected) throw new Error(`${what}: expected ${String(expected)}, got ${String(actual)}`);
  console.log(`passed: ${what}`);
  passed++;
}

async function sentHeaders(options: { apiKey?: string }): Promise<Headers> {
  const sent: Headers[] = [];
  const client = new Maxtoken({
    ...options,
    baseURL,
    maxRetries: 0,
    fetch: (url, init) => {
      sent.push(new Headers(init.headers));
      return fetch(url, init);
    },
  });
  await client.chat.completions.create({ model: "claude-opus-4-6", messages: [{ role: "user", content: "hi" }] });
  return sent[0]!;
}

const state = Deno.permissions.querySync({ name: "env", variable: "MAXTOKEN_API_KEY" }).state;
check(state === "granted", granted, "the env permission state");
check(runtime.readEnv("MAXTOKEN_API_KEY"), granted ? "sk-from-deno-env" : undefined, "readEnv(MAXTOKEN_API_KEY)");
check(runtime.readEnv("HOME"), undefined, "readEnv of a variable outside the granted list");
const headers = await sentHeaders(granted ? {} : { apiKey: "sk-explicit" });
check(
  headers.get("authorization"),
  granted ? "Bearer sk-from-deno-env" : "Bearer sk-explicit",
  "the key comes from the environment only with the permission",
);
const sdkHeader = headers.get("x-maxtoken-sdk") ?? "";
check(
  new RegExp(`^@maxtoken/deno@\\S+ deno/${Deno.version.deno.replaceAll(".", "\\.")}$`).test(sdkHeader),
  true,
  `x-maxtoken-sdk names @maxtoken/deno and deno/<version> (${sdkHeader})`,
);
if (!granted) {
  let message = "";
  try {
    new Maxtoken({ baseURL });
  } catch (error) {
    message = error instanceof Error ? error.message : String(error);
  }
  check(
    message.includes("--allow-env=MAXTOKEN_API_KEY"),
    true,
    `the missing-key error says how to grant access (${message})`,
  );
}
console.log(`ok ${passed}`);
