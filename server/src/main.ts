// Entry of dist/server.js: the `copydesk-language-server` bin and the VS Code client's server
// module. The transport comes from the command line, as vscode-languageserver reads it:
// --stdio, --node-ipc, --socket=<port> or --pipe=<name>.
//
// The same bundle is also the script of the server's lint workers (lsp/lint-service.ts), told
// apart by their workerData. The two halves are imported lazily so that neither loads the
// other's code.

import { isMainThread, workerData } from 'node:worker_threads';
import { LINT_WORKER_ROLE } from './lsp/lint-service.js';

const USAGE = `Usage: copydesk-language-server --stdio | --node-ipc | --socket=<port> | --pipe=<name>

The Copydesk language server: checks news drafts (plain text, Markdown, .draft) against the
newsroom style guide and offers quick fixes, for any editor that speaks the Language Server
Protocol. Settings are read from the client under "copydesk.*".
`;

if (!isMainThread && (workerData as { role?: string } | null)?.role === LINT_WORKER_ROLE) {
  void import('./lsp/lint-worker.js').then((m) => m.runLintWorker());
} else {
  const args = process.argv.slice(2);
  const transport = args.some((a) => /^--(stdio|node-ipc|socket|pipe)(=|$)/.test(a));
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE);
  } else if (!transport) {
    process.stderr.write(`copydesk-language-server: no transport given.\n${USAGE}`);
    process.exitCode = 2;
  } else {
    void import('./server.js').then((m) => m.startServer());
  }
}
