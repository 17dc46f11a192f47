// The same page with openapi-fetch and the minimal line splitter (no SSE rules, no retries,
// no typed errors).
import createClient from "openapi-fetch";
import { splitLines } from "../clients/split-lines.mjs";

/** @type {any} */
const client = createClient({ baseUrl: "/api" });
const { data, error } = await client.POST("/chat/completions", {
  body: { model: "claude-opus-4-6", messages: [{ role: "user", content: "Hello" }], stream: true },
  parseAs: "stream",
});
if (error !== undefined) throw new Error(JSON.stringify(error));
for await (const chunk of splitLines(data)) document.body.append(chunk.choices[0]?.delta?.content ?? "");
