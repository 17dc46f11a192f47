// The README's main job (`npm start` / `pnpm main-job`): starts the mock server on 127.0.0.1,
// runs examples/node/stream-chat.mjs against it (tokens print as they arrive), stops the server.
// No API key and no network: the mock server answers like the real API.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { startMockServer } from "@maxtoken/mock-server";

// A small delay between events so the stream is visible as a stream. The mock answers by
// echoing the question ("You said: ..."), which makes plain that no model is involved.
const server = await startMockServer({ port: 0, chunkDelayMs: 40 });
console.log(`mock server: ${server.url} (POST /chat/completions, no key needed)\n`);

try {
  const child = spawn(
    process.execPath,
    [fileURLToPath(new URL("stream-chat.mjs", import.meta.url)), ...process.argv.slice(2)],
    {
      stdio: "inherit",
      env: { ...process.env, MAXTOKEN_BASE_URL: server.url, MAXTOKEN_API_KEY: "mock-key-not-a-secret" },
    },
  );
  process.exitCode = await new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
} finally {
  await server.close();
  console.log("\nmock server stopped");
}
