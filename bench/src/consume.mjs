// @ts-check
// The one consumer loop every client's stream goes through while timed: the same `for await`
// a user writes, touching each parsed chunk (so nothing is optimised away).

/**
 * @param {AsyncIterable<import("./clients/bench-client.mjs").Chunk>} chunks
 * @returns {Promise<{ count: number, characters: number }>}
 */
export async function consume(chunks) {
  let count = 0;
  let characters = 0;
  for await (const chunk of chunks) {
    count++;
    characters += chunk.choices[0]?.delta?.content?.length ?? 0;
  }
  return { count, characters };
}
