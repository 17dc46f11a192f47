// Node-only helpers for the harnesses that run the suite: the mock server, a static origin for
// test pages, Debian's headless Chromium, the other Node lines, workerd, and bundling the suite
// for runtimes that load neither TypeScript nor the workspace's sources. Not imported by the
// suite itself.
export { bundleSuite, bundleWorker } from "./bundle.ts";
export { CHROMIUM_PATH, launchChromium, type RunningChromium } from "./chromium.ts";
export { type JUnitCase, parseJUnit } from "./junit.ts";
export { startKeyProxy } from "./key-proxy.ts";
export { listen } from "./listen.ts";
export { type RunningMock, SHAPES_SPEC, startMock, startShapesMock } from "./mock.ts";
export { type NodeLine, nodeLines } from "./node-lines.ts";
export { type ProcessResult, runProcess } from "./run-process.ts";
export { installTarballs, type ScratchProject } from "./scratch-install.ts";
export { type StaticRoute, serveStatic } from "./static-server.ts";
export { type RunningWorker, startWorker, type WorkerResponse } from "./workerd.ts";
