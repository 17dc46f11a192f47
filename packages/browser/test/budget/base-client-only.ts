// A page that creates the base client and calls no operation: what tree-shaking leaves of the
// published build when a page imports the operations it calls and nothing else.
import { MaxtokenBase } from "@maxtoken/browser";

const client = new MaxtokenBase({ baseURL: "/api" });
document.body.append(client.baseURL);
