// Entry of dist/server.js: the `copydesk-language-server` bin and the VS Code client's server
// module. The transport comes from the command line, as vscode-languageserver reads it:
// --stdio, --node-ipc, --socket=<port> or --pipe=<name>.
// The lint workers run a bundle of their own, dist/lint-worker.js (lint-worker-main.ts).

const USAGE = `Usage: copydesk-language-server --stdio | --node-ipc | --socket=<port> | --pipe=<name>

The Copydesk language server: checks news drafts (plain text, Markdown, .draft) against the
newsroom style guide and offers quick fixes, for any editor that speaks the Language Server
Protocol. Settings are read from the client under "copydesk.*".
`;

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
