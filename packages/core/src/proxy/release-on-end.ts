/**
 * Passes a body through chunk by chunk (no buffering) and calls `onEnd` once when it ends,
 * fails or is cancelled. A cancel (the caller went away) also aborts the upstream request.
 */
export function releaseOnEnd(
  body: ReadableStream<Uint8Array>,
  onEnd: () => void,
  upstream: AbortController,
): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          onEnd();
          controller.close();
        } else {
          controller.enqueue(value);
        }
      } catch {
        onEnd();
        // The upstream answer broke off: the caller must see a broken body, not a clean end.
        controller.error(new Error("The upstream answer broke off."));
      }
    },
    cancel(reason) {
      onEnd();
      upstream.abort();
      return reader.cancel(reason).catch(() => {});
    },
  });
}
