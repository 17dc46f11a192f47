/**
 * The helper types openapi-typescript's output may use without declaring them (it declares them
 * once per file itself, outside the `components` interface that types.gen.ts lifts schemas out
 * of): `WithRequired` appears where an `allOf` makes an inherited property required.
 *
 * @returns the declarations the blocks need, as blocks to append.
 */
export function typeHelperBlocks(blocks: string[]): string[] {
  const helpers: string[] = [];
  if (blocks.some((block) => block.includes("WithRequired<"))) {
    helpers.push(
      "/** `T` with the properties `K` required (an `allOf` that makes an inherited property required); never `null`. */\n" +
        "type WithRequired<T, K extends keyof NonNullable<T>> = NonNullable<T> & { [P in K]-?: NonNullable<T>[P] };",
    );
  }
  return helpers;
}
