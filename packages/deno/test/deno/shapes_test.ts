// Run by test/deno.test.ts in the real Deno binary:
//   deno test --config deno.test.json --allow-net=127.0.0.1 test/deno/conformance_test.ts test/deno/shapes_test.ts -- <baseURL> <shapesURL>
// The shapes cases: multipart uploads, binary and text answers through the client generated from
// the generator's shapes fixture, against the mock server serving that spec.
import { shapeCases } from "@maxtoken/conformance";

const baseURL = Deno.args[1];
if (!baseURL) throw new Error("pass the shapes mock server's URL after --: run this through test/deno.test.ts");

for (const shapeCase of shapeCases) {
  Deno.test(shapeCase.name, () => shapeCase.run({ baseURL }));
}
