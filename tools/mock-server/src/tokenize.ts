/**
 * Splits text into the mock's tokens: each word with the whitespace before it
 * (`"You said: hi"` -> `["You", " said:", " hi"]`). Joining the tokens gives the text back
 * (trailing whitespace rides on the last token).
 */
export function tokenize(text: string): string[] {
  const tokens = text.match(/\s*\S+/g) ?? [];
  const rest = text.slice(tokens.join("").length);
  if (rest !== "") {
    if (tokens.length === 0) return [rest];
    tokens[tokens.length - 1] += rest;
  }
  return tokens;
}

/** Counts the mock's tokens in a text: its whitespace-separated words. */
export function countTokens(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}
