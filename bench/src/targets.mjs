// @ts-check
// The targets of issue 9, evaluated on one run's results. Reported (pass/miss), never asserted.
import { pairedDifference } from "./figures/cold-import.mjs";

const MB = 1024 * 1024;

/**
 * @typedef {object} TargetResult
 * @property {string} target
 * @property {string} measured
 * @property {boolean | undefined} pass  undefined when the figure was not measured
 */

/**
 * @param {any} results  the figures of one run (see cli.mjs)
 * @returns {TargetResult[]}
 */
export function evaluateTargets(results) {
  /** @type {TargetResult[]} */
  const targets = [];
  const { requests, streaming, rss, imports, bundles } = results;
  if (requests) {
    const ratio = requests.maxtoken.ratio;
    targets.push({
      target: "non-streamed requests/s >= 0.9x raw fetch",
      measured: `${ratio.toFixed(2)}x (openai ${requests.openai.ratio.toFixed(2)}x, openapi-fetch ${requests["openapi-fetch"].ratio.toFixed(2)}x)`,
      pass: ratio >= 0.9,
    });
  }
  if (streaming) {
    const ratio = streaming.maxtoken.ratio;
    const overOpenai = ratio / streaming.openai.ratio;
    targets.push({
      target: "streaming chunks/s >= 0.9x the raw floor",
      measured: `${ratio.toFixed(2)}x (openapi-fetch ${streaming["openapi-fetch"].ratio.toFixed(2)}x)`,
      pass: ratio >= 0.9,
    });
    targets.push({
      target: "streaming chunks/s >= 3x openai",
      measured: `${overOpenai.toFixed(2)}x (openai at ${streaming.openai.ratio.toFixed(2)}x the floor)`,
      pass: overOpenai >= 3,
    });
  }
  if (rss) {
    const over = (rss.maxtoken.peakRss - rss["raw-fetch"].peakRss) / MB;
    targets.push({
      target: "peak RSS while streaming <= raw fetch's + 10 MB",
      measured: `${signed(over)} MB`,
      pass: over <= 10,
    });
  }
  if (bundles) {
    const gzip = bundles.maxtoken.gzip;
    targets.push({
      target: "browser page <= 11 KiB gzip (11,264 B)",
      measured: `${gzip.toLocaleString("en-US")} B`,
      pass: gzip <= 11 * 1024,
    });
  }
  if (imports) {
    const ours = imports["@maxtoken/node"];
    const theirs = imports["openapi-fetch"];
    const over = pairedDifference(ours.wallSamples, theirs.wallSamples);
    const overCpu = pairedDifference(ours.cpuSamples, theirs.cpuSamples);
    targets.push({
      target: "cold import <= openapi-fetch's + 25 ms",
      measured: `${signed(over)} ms wall (${signed(overCpu)} ms CPU)`,
      pass: over <= 25,
    });
  }
  return targets;
}

/** @param {number} value */
function signed(value) {
  return `${value >= 0 ? "+" : ""}${value.toFixed(1)}`;
}
