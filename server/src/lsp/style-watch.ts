// Watching style files on disk: a dynamic registration of workspace/didChangeWatchedFiles for
// every `.copydesk.yaml` in the workspace, plus each file a style extends that this glob does
// not cover (another name, or outside the workspace folders), registered again whenever that
// set changes. Clients without dynamic registration get nothing here (they may still send
// the notification, which the server handles the same way).

import { basename, relative, isAbsolute } from 'node:path';
import {
  type ClientCapabilities,
  type Connection,
  DidChangeWatchedFilesNotification,
  type Disposable,
  type FileSystemWatcher,
} from 'vscode-languageserver/node';
import { STYLE_FILE_NAME } from '../style/index.js';
import { pathToUri } from './style-service.js';

export const STYLE_FILE_GLOB = `**/${STYLE_FILE_NAME}`;

export class StyleWatcher {
  private dynamic = false;
  private relativePatterns = false;
  private roots: readonly string[] = [];
  private registeredKey: string | undefined;
  private registration: Promise<Disposable | undefined> = Promise.resolve(undefined);

  constructor(
    private readonly connection: Connection,
    private readonly log: (message: string) => void,
  ) {}

  configure(capabilities: ClientCapabilities, roots: readonly string[]): void {
    const watched = capabilities.workspace?.didChangeWatchedFiles;
    this.dynamic = watched?.dynamicRegistration === true;
    this.relativePatterns = watched?.relativePatternSupport === true;
    this.roots = roots;
    this.lastFiles = undefined;
  }

  private lastFiles: readonly string[] | undefined;

  /** Watches the style files glob and these files (the ones the open documents' styles read). */
  update(files: readonly string[]): void {
    // The style service hands out the same array until its files change.
    if (!this.dynamic || files === this.lastFiles) return;
    this.lastFiles = files;
    const extra = files.filter((f) => !this.coveredByGlob(f));
    const watchers: FileSystemWatcher[] = [{ globPattern: STYLE_FILE_GLOB }, ...extra.map((f) => this.watcherFor(f))];
    const key = JSON.stringify(watchers);
    if (key === this.registeredKey) return;
    this.registeredKey = key;
    // The new registration first, then the old one goes, so no change falls in between.
    const previous = this.registration;
    this.registration = this.connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers })
      .then(
        async (disposable) => {
          (await previous)?.dispose();
          return disposable;
        },
        (error) => {
          this.log(`Copydesk could not watch its style files: ${String(error)}`);
          return previous;
        },
      );
  }

  private coveredByGlob(file: string): boolean {
    if (basename(file) !== STYLE_FILE_NAME) return false;
    return this.roots.some((root) => {
      const rel = relative(root, file);
      return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
    });
  }

  private watcherFor(file: string): FileSystemWatcher {
    if (this.relativePatterns) {
      const slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
      return { globPattern: { baseUri: pathToUri(file.slice(0, slash + 1) || '/'), pattern: escapeGlob(basename(file)) } };
    }
    return { globPattern: escapeGlob(file.replace(/\\/g, '/')) };
  }
}

/** A path as a glob matching only itself. */
export function escapeGlob(path: string): string {
  return path.replace(/[*?[\]{}()!]/g, (c) => `[${c}]`);
}
