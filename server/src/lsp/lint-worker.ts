// The worker side of lint-service.ts: loads the word lists once, then answers lint and fix-all
// requests with the guarded engine, one at a time. Styles arrive in messages of their own and
// are kept by key: a job names its style by key, and gets the very object that was sent, so
// the engine's per-Style indexes are built once in this worker.

import { parentPort } from 'node:worker_threads';
import type { Resources, Style } from '../engine/index.js';
import { warmDictionary } from '../dictionary/load.js';
import { loadResources } from '../resources.js';
import type { JobReply, WorkerMessage } from './lint-service.js';
import { GuardedLinter } from './linter.js';
import { IdleWarmUp } from './warm-up.js';

export function runLintWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('runLintWorker must run in a worker thread');
  const send = (reply: JobReply) => port.postMessage(reply);
  const log = (message: string) => send({ log: message });

  let resources: Resources = {};
  try {
    resources = loadResources();
    // The dictionary loads on its first look-up: do that now, before the first check.
    warmDictionary(resources);
  } catch (error) {
    log(`Copydesk could not load its word lists; misspellings will not be found. ${String(error)}`);
  }
  const linter = new GuardedLinter(resources, log);
  const styles = new Map<string, Style>();
  const warmUp = new IdleWarmUp();

  port.on('message', (message: WorkerMessage) => {
    warmUp.cancel();
    if (message.kind === 'style') {
      styles.set(message.key, message.style);
      return;
    }
    if (message.kind === 'dropStyle') {
      styles.delete(message.key);
      return;
    }
    const request = message;
    try {
      let style: Style | undefined;
      if (request.styleKey !== undefined) {
        style = styles.get(request.styleKey);
        // The service always sends a style before the first job naming it; a missing one is
        // a bug, and checking under the defaults would silently show the wrong findings.
        if (!style) throw new Error(`style ${request.styleKey} was never sent to this worker`);
      }
      if (request.kind === 'lint') {
        send({ id: request.id, findings: linter.lint(request.text, request.languageId, style) });
        const { text, languageId } = request;
        warmUp.afterJob(text.length, () => linter.lint(text, languageId, style));
      } else if (request.kind === 'resolve') send({ id: request.id, findings: linter.resolve(request.findings ?? [], request.text, style) });
      else send({ id: request.id, output: linter.fixAll(request.text, request.languageId, style).output });
    } catch (error) {
      send({ id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  });
}
