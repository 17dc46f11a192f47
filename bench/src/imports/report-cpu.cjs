// Preloaded (`node -r`) into every cold-import run, the baseline included: at exit, writes the
// process's CPU time (user + system, all threads, microseconds) to stderr as `cpu-us <n>`. CPU time
// hardly moves when other processes compete for the cores; wall time does. CommonJS, and only
// what node has already loaded, so it adds the same sliver to every command.
"use strict";
process.on("exit", () => {
  const { user, system } = process.cpuUsage();
  require("node:fs").writeSync(2, `cpu-us ${user + system}\n`);
});
