// The folder the extension-host suite and the UI test open: a scratch copy of examples/, of the
// grammar fixtures and of the suite's own fixtures (test/fixtures/exthost/), so the tests can edit and save files without touching the repository.
// It is always named "newsroom" (inside a fresh temporary folder), so that screenshots show the
// same name on every run.

import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REPO_ROOT, scratchDir } from './paths.js';

export interface SuiteWorkspace {
  folder: string;
  remove(): void;
}

export function makeSuiteWorkspace(): SuiteWorkspace {
  const folder = join(scratchDir('workspace'), 'newsroom');
  cpSync(join(REPO_ROOT, 'examples'), join(folder, 'examples'), { recursive: true });
  cpSync(join(REPO_ROOT, 'test/fixtures/grammar'), join(folder, 'grammar'), { recursive: true });
  cpSync(join(REPO_ROOT, 'test/fixtures/exthost'), join(folder, 'fixtures'), { recursive: true });
  mkdirSync(join(folder, 'scratch'));
  return { folder, remove: () => rmSync(dirname(folder), { recursive: true, force: true }) };
}
