// Streams a chat completion with @maxtoken/deno and prints the tokens as they arrive.
//
//   deno add jsr:@maxtoken/deno
//   deno run --allow-net=api.maxtoken.io --allow-env=MAXTOKEN_API_KEY,MAXTOKEN_BASE_URL stream-chat.ts
//
// The key comes from MAXTOKEN_API_KEY only when --allow-env grants it (the SDK never prompts).
// In this repository it runs with `--config ../packages/deno/deno.test.json`, which maps
// @maxtoken/deno to the workspace sources (examples/test/examples.test.ts).
import { APIError, Maxtoken } from "@maxtoken/deno";

const client = new Maxtoken();
const question = Deno.args[0] ?? "Tell me, in one sentence, what a streamed completion is.";
const encoder = new TextEncoder();

try {
  const stream = await client.chat.completions.create({
    model: "claude-opus-4-6",
    messages: [{ role: "user", content: question }],
    max_tokens: 200,
    stream: true,
  });
  for await (const chunk of stream) {
    await Deno.stdout.write(encoder.encode(chunk.choices[0]?.delta?.content ?? ""));
  }
  console.log();
} catch (error) {
  if (!(error instanceof APIError)) throw error;
  console.error(`The API said no: ${error.message} (request id ${error.requestId})`);
  Deno.exitCode = 1;
}
