// @ts-check
// The hand-rolled stream readers the bench measures full clients against: one reader, one
// streaming TextDecoder, the text split on a separator (the unfinished tail waits for the next
// read), `data: ` stripped, `[DONE]` ends, everything else goes through JSON.parse. No SSE rules
// beyond that (no CR line ends, comments, multi-line data or event names).

/**
 * @param {ReadableStream<Uint8Array>} body
 * @param {string} separator  "\n\n" splits events (the floor), "\n" splits lines
 * @returns {AsyncGenerator<any>}
 */
export async function* splitData(body, separator) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error("The stream ended before data: [DONE].");
      buffer += decoder.decode(value, { stream: true });
      const pieces = buffer.split(separator);
      buffer = pieces.pop() ?? "";
      for (const piece of pieces) {
        if (!piece.startsWith("data: ")) continue;
        const data = piece.slice(6);
        if (data === "[DONE]") return;
        yield JSON.parse(data);
      }
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
}
