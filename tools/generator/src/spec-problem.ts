/** One thing wrong with a spec, located in the file a person edits. */
export interface SpecProblem {
  /** The spec file that holds the problem (as given, or relative to the working directory). */
  file: string;
  /** JSON pointer inside `file`, e.g. `/paths/~1models/get` (`""` when the file itself is the problem). */
  pointer: string;
  /** Line (1-based), for a file that does not parse: it has no pointer then. */
  line?: number | undefined;
  /** Column (1-based), with `line`. */
  column?: number | undefined;
  /** What is wrong. */
  message: string;
  /** What to change to fix it. */
  fix: string;
}

/** A problem found in the bundled document, before it is located in a source file. */
export interface BundledProblem {
  /** JSON pointer inside the bundled document. */
  pointer: string;
  message: string;
  fix: string;
}

/** Thrown when a spec cannot be generated from; nothing has been written when it is thrown. */
export class SpecError extends Error {
  readonly problems: SpecProblem[];

  constructor(problems: SpecProblem[]) {
    super(formatProblems(problems));
    this.name = "SpecError";
    this.problems = problems;
  }
}

/** `file#pointer: message` followed by an indented `fix:` line, one block per problem. */
export function formatProblems(problems: SpecProblem[]): string {
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  const blocks = problems.map((problem) => `  ${where(problem)}\n    ${problem.message}\n    fix: ${problem.fix}`);
  return `The spec has ${count}; nothing was generated.\n${blocks.join("\n")}`;
}

/** `file#pointer`, `file:line:column` for a syntax error, or just `file`. */
function where(problem: SpecProblem): string {
  if (problem.line !== undefined) return `${problem.file}:${problem.line}:${problem.column ?? 1}`;
  return problem.pointer === "" ? problem.file : `${problem.file}#${problem.pointer}`;
}

/** `warning: file#pointer` followed by the message and the fix, indented. */
export function formatWarning(warning: SpecProblem): string {
  return `warning: ${where(warning)}\n    ${warning.message}\n    fix: ${warning.fix}`;
}

/** What a command prints for a failure: a spec problem as its located message, anything else with its stack. */
export function describeFailure(error: unknown): string {
  if (error instanceof SpecError) return error.message;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
