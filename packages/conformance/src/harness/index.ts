// Node-only helpers for the harnesses that run the suite: the mock server, a static origin for
// test pages, and Debian's headless Chromium. Not imported by the suite itself.
export { launchChromium, CHROMIUM_PATH, type RunningChromium } from "./chromium.ts";
export { serveStatic, type StaticRoute } from "./static-server.ts";
export { startMock, type RunningMock } from "./mock.ts";
export { startKeyProxy } from "./key-proxy.ts";
export { installTarballs, type ScratchProject } from "./scratch-install.ts";
