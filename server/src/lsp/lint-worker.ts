// The worker side of lint-service.ts: loads the word lists once, then answers lint and fix-all
// requests with the guarded engine, one at a time.

import { parentPort } from 'node:worker_threads';
import type { Resources } from '../engine/index.js';
import { loadResources } from '../resources.js';
import type { JobReply, JobRequest } from './lint-service.js';
import { GuardedLinter } from './linter.js';

export function runLintWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('runLintWorker must run in a worker thread');
  const send = (reply: JobReply) => port.postMessage(reply);
  const log = (message: string) => send({ log: message });

  let resources: Resources = {};
  try {
    resources = loadResources();
  } catch (error) {
    log(`Copydesk could not load its word lists; misspellings will not be found. ${String(error)}`);
  }
  const linter = new GuardedLinter(resources, log);

  port.on('message', (request: JobRequest) => {
    try {
      if (request.kind === 'lint') send({ id: request.id, findings: linter.lint(request.text, request.languageId) });
      else send({ id: request.id, output: linter.fixAll(request.text, request.languageId).output });
    } catch (error) {
      send({ id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  });
}
