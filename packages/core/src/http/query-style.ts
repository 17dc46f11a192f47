/** How one query parameter is written (OpenAPI's `style` and `explode`). */
export interface QueryStyle {
  /** `form` (the default), `spaceDelimited`, `pipeDelimited` or `deepObject`. */
  style: "form" | "spaceDelimited" | "pipeDelimited" | "deepObject";
  /** Arrays and objects as one `name=value` pair per item (`true`, the default for `form`). */
  explode: boolean;
}
