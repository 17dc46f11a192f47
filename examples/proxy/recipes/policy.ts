// The policy every recipe shares: who is calling (your app's session), which models, how many
// tokens at most. Replace `userFromSession` with your app's own check.
import type { ProxyPolicy } from "@maxtoken/browser";

/** Session tokens your login hands out, to user ids (a stand-in for your session store). */
export const sessionStore = new Map<string, string>();

/** Your app's session check: the signed-in user's id from the `session` cookie, or `null`. */
export async function userFromSession(request: Request): Promise<string | null> {
  const token = /(?:^|;\s*)session=([\w-]+)/.exec(request.headers.get("cookie") ?? "")?.[1];
  return token === undefined ? null : (sessionStore.get(token) ?? null);
}

export const policy: ProxyPolicy = async ({ request }) => ({
  caller: await userFromSession(request),
  models: ["claude-opus-4-6", "claude-sonnet-4-5"],
  maxTokens: 1024,
});
