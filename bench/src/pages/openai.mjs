// The same page with the openai package (which insists on a key; the proxy ignores it).
import OpenAI from "openai";

const client = new OpenAI({ baseURL: "/api", apiKey: "unused", dangerouslyAllowBrowser: true });
const stream = await client.chat.completions.create({
  model: "claude-opus-4-6",
  messages: [{ role: "user", content: "Hello" }],
  stream: true,
});
for await (const chunk of stream) document.body.append(chunk.choices[0]?.delta?.content ?? "");
