/**
 * Breaks a JSON text for the `malformed-json` fault: keeps its first half, so it starts like
 * the real thing (`{"id":"chatcmpl-...`) and fails to parse.
 */
export function malformJson(json: string): string {
  return json.slice(0, Math.max(1, Math.floor(json.length / 2)));
}
