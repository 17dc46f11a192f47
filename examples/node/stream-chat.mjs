// Streams a chat completion with @maxtoken/node and prints the tokens as they arrive.
//
//   MAXTOKEN_API_KEY=... node examples/node/stream-chat.mjs "Write a haiku about the sea"
//
// The client reads MAXTOKEN_API_KEY and MAXTOKEN_BASE_URL from the environment
// (`pnpm main-job` points them at the local mock server: no key, no network).
import { APIError, Maxtoken } from "@maxtoken/node";

const client = new Maxtoken();
const question = process.argv[2] ?? "Tell me, in one sentence, what a streamed completion is.";

try {
  const stream = await client.chat.completions.create({
    model: "claude-opus-4-6",
    messages: [{ role: "user", content: question }],
    max_tokens: 200,
    stream: true,
  });
  for await (const chunk of stream) {
    process.stdout.write(chunk.choices[0]?.delta?.content ?? "");
  }
  process.stdout.write("\n");
} catch (error) {
  if (!(error instanceof APIError)) throw error;
  console.error(`The API said no: ${error.message} (request id ${error.requestId})`);
  process.exitCode = 1;
}
