// Node-only helpers for the harnesses that run the suite: the mock server, a static origin for
// test pages, and Debian's headless Chromium. Not imported by the suite itself.
export { CHROMIUM_PATH, launchChromium, type RunningChromium } from "./chromium.ts";
export { startKeyProxy } from "./key-proxy.ts";
export { type RunningMock, startMock } from "./mock.ts";
export { installTarballs, type ScratchProject } from "./scratch-install.ts";
export { type StaticRoute, serveStatic } from "./static-server.ts";
