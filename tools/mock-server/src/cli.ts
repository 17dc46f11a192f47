#!/usr/bin/env node
// The `maxtoken-mock-server` command: parses flags, starts the server, prints its URL, and
// closes it on Ctrl-C (SIGINT) or SIGTERM.
import { readFileSync } from "node:fs";
import { HELP_TEXT, parseCliArgs } from "./cli-options.ts";
import { startMockServer } from "./server.ts";

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  return manifest.version;
}

const command = parseCliArgs(process.argv.slice(2));
switch (command.kind) {
  case "help":
    process.stdout.write(HELP_TEXT);
    break;
  case "version":
    process.stdout.write(`${packageVersion()}\n`);
    break;
  case "error":
    process.stderr.write(`maxtoken-mock-server: ${command.message}\nRun with --help for the flags.\n`);
    process.exitCode = 2;
    break;
  case "serve": {
    const server = await startMockServer({
      ...command.options,
      ...(command.quiet ? {} : { log: (line: string) => process.stdout.write(`${line}\n`) }),
    }).catch((error: unknown) => {
      process.stderr.write(`maxtoken-mock-server: ${(error as Error).message}\n`);
      process.exit(1);
    });
    process.stdout.write(`maxtoken mock server listening on ${server.url}\n`);
    const stop = (): void => {
      void server.close().then(() => process.exit(0));
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    break;
  }
}
