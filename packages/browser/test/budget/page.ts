// The page the size budget measures: create a client and print a streamed completion.
import { Maxtoken } from "@maxtoken/browser";

const client = new Maxtoken({ baseURL: "/api" });
const stream = await client.chat.completions.create({
  model: "claude-opus-4-6",
  messages: [{ role: "user", content: "Hello" }],
  stream: true,
});
for await (const chunk of stream) document.body.append(chunk.choices[0]?.delta?.content ?? "");
