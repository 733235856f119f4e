// Preloaded (node -r) into each timed CLI run: at exit, appends the process's own CPU time
// (user + system, ms) to $COPYDESK_BENCH_CPU_FILE. Wall time on a busy machine says more about
// the machine than about Copydesk; CPU time much less so.
const { appendFileSync } = require('node:fs');

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  appendFileSync(process.env.COPYDESK_BENCH_CPU_FILE, `${(user + system) / 1000}\n`);
});
