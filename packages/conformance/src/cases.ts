import { completionCases } from "./cases/completion.ts";
import { errorCases } from "./cases/errors.ts";
import { hostileCases } from "./cases/hostile.ts";
import { retryCases } from "./cases/retries.ts";
import { streamFailureCases } from "./cases/stream-failures.ts";
import { streamingCases } from "./cases/streaming.ts";
import { timeoutCases } from "./cases/timeout.ts";
import { validationCases } from "./cases/validation.ts";
import { withResponseCases } from "./cases/with-response.ts";
import type { ConformanceCase } from "./context.ts";

/** Every conformance case, in a stable order; names are unique. */
export const conformanceCases: readonly ConformanceCase[] = [
  ...completionCases,
  ...streamingCases,
  ...errorCases,
  ...streamFailureCases,
  ...retryCases,
  ...timeoutCases,
  ...validationCases,
  ...withResponseCases,
  ...hostileCases,
];
