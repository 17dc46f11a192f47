// A browser page with @maxtoken/browser: create a client (through a same-origin proxy, no key in
// the page) and print a streamed completion. Bundled for figure 5, never run by the bench.
import { Maxtoken } from "@maxtoken/browser";

const client = new Maxtoken({ baseURL: "/api" });
const stream = await client.chat.completions.create({
  model: "claude-opus-4-6",
  messages: [{ role: "user", content: "Hello" }],
  stream: true,
});
for await (const chunk of stream) document.body.append(chunk.choices[0]?.delta?.content ?? "");
