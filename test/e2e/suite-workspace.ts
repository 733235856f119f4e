// The folder the extension-host suite opens: a scratch copy of examples/ and of the grammar
// fixtures, so the tests can edit and save files without touching the repository.

import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, scratchDir } from './paths.js';

export function makeSuiteWorkspace(): string {
  const root = scratchDir('workspace');
  cpSync(join(REPO_ROOT, 'examples'), join(root, 'examples'), { recursive: true });
  cpSync(join(REPO_ROOT, 'test/fixtures/grammar'), join(root, 'grammar'), { recursive: true });
  mkdirSync(join(root, 'scratch'));
  return root;
}
