// @ts-check
// A minimal line splitter, what a hand-rolled openapi-fetch user would write: split the text on
// "\n", keep `data: ` lines, stop at `[DONE]`, JSON.parse the rest. No SSE rules (no events,
// comments, CR line ends or multi-line data) and no types.

/**
 * @param {ReadableStream<Uint8Array>} body
 * @returns {AsyncGenerator<any>}
 */
export async function* splitLines(body) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error("The stream ended before data: [DONE].");
      buffer += decoder.decode(value, { stream: true });
      const lines = buffer.split("\n");
      buffer = /** @type {string} */ (lines.pop());
      for (const line of lines) {
        if (!line.startsWith("data: ")) continue;
        const data = line.slice(6);
        if (data === "[DONE]") return;
        yield JSON.parse(data);
      }
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
}
