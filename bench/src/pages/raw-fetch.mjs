// The same page with fetch and the floor's event splitter: the least a page can ship.
import { splitEvents } from "../clients/split-events.mjs";

const response = await fetch("/api/chat/completions", {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ model: "claude-opus-4-6", messages: [{ role: "user", content: "Hello" }], stream: true }),
});
if (!response.ok) throw new Error(`HTTP ${response.status}`);
for await (const chunk of splitEvents(/** @type {ReadableStream<Uint8Array>} */ (response.body)))
  document.body.append(chunk.choices[0]?.delta?.content ?? "");
