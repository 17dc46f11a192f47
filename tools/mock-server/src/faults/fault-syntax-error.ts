/** A fault string that {@link parseFault} cannot read; its message says which part and why. */
export class FaultSyntaxError extends Error {
  /** The whole fault string. */
  readonly fault: string;

  /**
   * @param fault the whole fault string
   * @param message what is wrong with it
   */
  constructor(fault: string, message: string) {
    super(`Invalid fault "${fault}": ${message}`);
    this.name = "FaultSyntaxError";
    this.fault = fault;
  }
}
