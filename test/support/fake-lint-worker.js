// A stand-in for the lint worker, for testing LintService's scheduling without the engine.
// The text of a request says what to do: "sleep <ms>" busy-waits (a long lint), "throw"
// throws outside any handler (a crash), "exit" ends the worker; anything else is answered
// at once. Every answer is one finding whose message names the text and the worker's thread.
const { parentPort, threadId } = require('node:worker_threads');

parentPort.on('message', (request) => {
  const [command, arg] = request.text.split(' ');
  if (command === 'sleep') {
    const until = Date.now() + Number(arg);
    while (Date.now() < until) {
      // busy, as a synchronous lint is
    }
  } else if (command === 'throw') {
    setImmediate(() => {
      throw new Error('fake worker crashed');
    });
    return;
  } else if (command === 'exit') {
    process.exit(3);
  }
  parentPort.postMessage({ log: `fake worker ${threadId} did ${request.kind} "${request.text}"` });
  const finding = { ruleId: 'fake', severity: 'warning', message: `${request.text} @${threadId}`, start: 0, end: 0 };
  parentPort.postMessage(request.kind === 'lint' ? { id: request.id, findings: [finding] } : { id: request.id, output: `fixed ${request.text}` });
});
