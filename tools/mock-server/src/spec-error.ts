/**
 * A spec the mock server cannot serve: the file, the JSON pointer of the part concerned and the
 * reason. The command line prints its message alone (never a stack trace) and exits with 1.
 */
export class SpecError extends Error {
  /** The spec file (its root file; the pointer is into the bundled document). */
  readonly file: string;
  /** The JSON pointer (RFC 6901) of the part that cannot be served, `""` for the whole document. */
  readonly pointer: string;
  /** Why it cannot be served. */
  readonly reason: string;

  /**
   * @param file the spec file
   * @param pointer the JSON pointer of the part concerned (`""` for the whole document)
   * @param reason why it cannot be served
   */
  constructor(file: string, pointer: string, reason: string) {
    super(`${file}${pointer === "" ? "" : `#${pointer}`}: ${reason}`);
    this.name = "SpecError";
    this.file = file;
    this.pointer = pointer;
    this.reason = reason;
  }
}
