// Entry of dist/lint-worker.js: the script of the language server's lint workers
// (lsp/lint-service.ts). A bundle of its own, of the engine, the word lists' loader and the
// worker loop only: a worker running the whole server bundle (the LSP library, the style
// file's parsers and schema checker) took 4 MB more memory for code it never runs.

import { runLintWorker } from './lsp/lint-worker.js';

runLintWorker();
