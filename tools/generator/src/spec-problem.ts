/** One thing wrong with a spec, located in the file a person edits. */
export interface SpecProblem {
  /** The spec file that holds the problem (as given, or relative to the working directory). */
  file: string;
  /** JSON pointer inside `file`, e.g. `/paths/~1models/get`. */
  pointer: string;
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
  const blocks = problems.map(
    (problem) => `  ${problem.file}#${problem.pointer}\n    ${problem.message}\n    fix: ${problem.fix}`,
  );
  return `The spec has ${count}; nothing was generated.\n${blocks.join("\n")}`;
}
