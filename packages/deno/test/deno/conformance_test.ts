// Run by test/deno.test.ts in the real Deno binary:
//   deno test --config deno.test.json --allow-net=127.0.0.1 test/deno/conformance_test.ts -- <baseURL>
// The mock server's URL comes as an argument, so the suite needs no --allow-env.
import { conformanceCases } from "@maxtoken/conformance";
import * as sdk from "../../src/generated/index.gen.ts";

const baseURL = Deno.args[0];
if (!baseURL) throw new Error("pass the mock server's API root after --: run this through test/deno.test.ts");

for (const conformanceCase of conformanceCases) {
  Deno.test(conformanceCase.name, () =>
    conformanceCase.run({ sdk, baseURL, runtime: "deno", packageName: "@maxtoken/deno" }),
  );
}
