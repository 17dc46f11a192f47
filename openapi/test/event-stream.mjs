// Reads a literal `text/event-stream` body (as the spec's stream examples write it) into its
// events, by the server-sent events rules the examples use: `field: value` lines, an event ended
// by a blank line, several `data:` lines joined with "\n", `event` defaulting to "message".

/**
 * @param {string} text the whole body
 * @returns {Array<{ event: string, data: string }>} the events, in order
 */
export function parseEventStream(text) {
  const events = [];
  let event = "message";
  let data = [];
  for (const line of `${text}\n`.split(/\r\n|\r|\n/)) {
    if (line === "") {
      if (data.length > 0) events.push({ event, data: data.join("\n") });
      event = "message";
      data = [];
      continue;
    }
    if (line.startsWith(":")) continue;
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
    if (field === "data") data.push(value);
    else if (field === "event") event = value;
  }
  return events;
}
