// @ts-check
// The floor: the simplest correct reading of this server's stream. One reader, one streaming
// TextDecoder, the text split into events on the blank line ("\n\n", the only line end the bench
// server sends; the unfinished tail waits for the next read), `data: ` stripped, `[DONE]` ends,
// everything else goes through JSON.parse. No SSE rules beyond that (no CR line ends, comments,
// multi-line data or event names): the cost every full client is measured against.

/**
 * @param {ReadableStream<Uint8Array>} body
 * @returns {AsyncGenerator<any>}
 */
export async function* splitEvents(body) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error("The stream ended before data: [DONE].");
      buffer += decoder.decode(value, { stream: true });
      const events = buffer.split("\n\n");
      buffer = /** @type {string} */ (events.pop());
      for (const event of events) {
        if (!event.startsWith("data: ")) continue;
        const data = event.slice(6);
        if (data === "[DONE]") return;
        yield JSON.parse(data);
      }
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
}
