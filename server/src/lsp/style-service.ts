// The house style of each open document, as the server sees it: resolved with the style
// module's StyleResolver (the nearest .copydesk.yaml up to the workspace folder, its extends,
// the overrides for the document), reading style files open in the editor from the editor's
// buffer rather than from disk, so a style file is in force as it is typed.
//
// - A resolution is kept per document until a style file changes (`invalidate`): a keystroke
//   in a draft costs no file read.
// - Equal styles are interned (one object per content), so the lint workers, which keep each
//   style object they were sent (lint-service.ts), get a newsroom-sized style once, not once
//   per document or per style-file change that left it as it was.
// - `.copydesk.yaml` documents are checked as typed: their problems (and those their extends
//   bring, e.g. a missing target) become diagnostics in the file itself.
// - While a style file is broken the resolver keeps the last good style in force; the client
//   is told per document (STYLE_STATUS_NOTIFICATION) so its status bar can say so.

import { createHash } from 'node:crypto';
import { basename, dirname, join, resolve as resolvePath } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Diagnostic, DiagnosticSeverity, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Style } from '../engine/index.js';
import {
  checkStyleText,
  recommendedStyle,
  STYLE_FILE_NAME,
  type StyleProblem,
  type StyleResolution,
  StyleResolver,
} from '../style/index.js';
import { SOURCE } from './diagnostics.js';
import { readStyleFileFromDisk } from '../style/index.js';

/** Server → client: whether a document's house style is broken (sent when that changes). */
export const STYLE_STATUS_NOTIFICATION = 'copydesk/styleStatus';

export interface StyleStatusParams {
  /** The document (draft or style file) this is about. */
  uri: string;
  /** Its style has problems; the last good style is in force meanwhile. */
  broken: boolean;
  /** The style file to open: the one with the first problem, else the nearest style file. */
  styleFile?: string;
  /** One line for a tooltip, when broken. */
  message?: string;
}

/** `code` of the diagnostics in style files. */
export const STYLE_FILE_CODE = 'style-file';
export const STYLE_FILE_DOC_URL = 'https://github.com/copydesk/copydesk/blob/main/docs/style-file.md';

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}

export function isStyleFilePath(path: string): boolean {
  return basename(path) === STYLE_FILE_NAME;
}

export interface StyleServiceOptions {
  documents: TextDocuments<TextDocument>;
  notifyStatus: (params: StyleStatusParams) => void;
}

export class StyleService {
  private resolver: StyleResolver;
  private rootPaths: string[] = [];
  private readonly resolutions = new Map<string, StyleResolution>();
  /** Interned styles by content hash: this generation's, and the one before (see intern). */
  private interned = new Map<string, Style>();
  private previousInterned = new Map<string, Style>();
  private rotateInterned = false;
  private readonly statusSent = new Map<string, string>();
  /** filesInUse(), kept until the resolutions change (it is asked on every check and edit). */
  private filesCache: string[] | undefined;
  private readonly defaults: StyleResolution = { style: recommendedStyle(), files: [], problems: [], usingLastGood: false };

  constructor(private readonly options: StyleServiceOptions) {
    this.resolver = this.newResolver();
  }

  get roots(): readonly string[] {
    return this.rootPaths;
  }

  /** The workspace folders (absolute paths), where the upward search stops. */
  setRoots(roots: string[]): void {
    this.rootPaths = roots.map((r) => resolvePath(r));
    this.resolver = this.newResolver();
    this.resolutions.clear();
    this.filesCache = undefined;
  }

  isStyleDocument(uri: string): boolean {
    const path = uriToPath(uri);
    return path !== undefined && isStyleFilePath(path);
  }

  /** The style resolution for a document (cached until `invalidate`). */
  resolve(uri: string): StyleResolution {
    let resolution = this.resolutions.get(uri);
    if (!resolution) {
      resolution = this.intern(this.resolveUncached(uri));
      this.resolutions.set(uri, resolution);
      this.filesCache = undefined;
      this.sendStatus(uri, resolution);
    }
    return resolution;
  }

  /**
   * A style file changed (on disk, or in the editor): forget what was read. `path` undefined:
   * everything. Every document's resolution is dropped, since any of them may extend it.
   */
  invalidate(path?: string): void {
    this.resolver.invalidate(path);
    this.resolutions.clear();
    this.filesCache = undefined;
    this.rotateInterned = true;
  }

  /** A document closed: forget its resolution and status. */
  forget(uri: string): void {
    if (this.resolutions.delete(uri)) this.filesCache = undefined;
    this.statusSent.delete(uri);
  }

  /** Every style file the open documents' styles were read from: the files to watch. */
  filesInUse(): readonly string[] {
    if (!this.filesCache) {
      const files = new Set<string>();
      for (const resolution of this.resolutions.values()) for (const f of resolution.files) files.add(f);
      this.filesCache = [...files].sort();
    }
    return this.filesCache;
  }

  /** The text of a file as the server should see it: the editor's buffer if open, else disk. */
  readFile(path: string): string | undefined {
    const open = this.openDocument(path);
    return open ? open.getText() : readStyleFileFromDisk(path);
  }

  /** The open document at this path, if any. */
  openDocument(path: string): TextDocument | undefined {
    const wanted = resolvePath(path);
    for (const doc of this.options.documents.all()) {
      const p = uriToPath(doc.uri);
      if (p !== undefined && resolvePath(p) === wanted) return doc;
    }
    return undefined;
  }

  /**
   * Diagnostics of a `.copydesk.yaml` document as typed: its own problems (YAML, schema, rule
   * ids) and those resolving it brings (an `extends` that cannot be found, a cycle), at their
   * exact ranges. Problems inside another file it extends are reported on that file.
   */
  styleDiagnostics(doc: TextDocument): { diagnostics: Diagnostic[]; elsewhere: Map<string, StyleProblem[]> } {
    const path = uriToPath(doc.uri);
    const elsewhere = new Map<string, StyleProblem[]>();
    if (path === undefined) return { diagnostics: [], elsewhere };
    const problems = [...checkStyleText(path, doc.getText())];
    const resolution = this.resolve(doc.uri);
    const seen = new Set(problems.map(problemKey));
    for (const problem of resolution.problems) {
      if (sameFile(problem.file, path)) {
        if (!seen.has(problemKey(problem))) problems.push(problem);
        seen.add(problemKey(problem));
      } else {
        const list = elsewhere.get(problem.file) ?? [];
        list.push(problem);
        elsewhere.set(problem.file, list);
      }
    }
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
    return { diagnostics: problems.map(toStyleDiagnostic), elsewhere };
  }

  private resolveUncached(uri: string): StyleResolution {
    const path = uriToPath(uri);
    try {
      // A style file is checked as the style of its own folder: itself and what it extends.
      if (path !== undefined && isStyleFilePath(path)) return this.resolver.resolveWithConfig(path, path);
      if (path !== undefined) return this.resolver.resolveFor(path);
      // untitled: and other unsaved documents: the style at the top of the first folder.
      const root = this.rootPaths[0];
      return root !== undefined ? this.resolver.resolveFor(join(root, 'untitled')) : this.defaults;
    } catch (error) {
      // The resolver reports problems rather than throwing; this is the last line of defence.
      const file = path ?? uri;
      const message = `Copydesk could not read the house style: ${error instanceof Error ? error.message : String(error)}`;
      return { ...this.defaults, problems: [{ file, line: 1, column: 1, endLine: 1, endColumn: 1, message, severity: 'error' }] };
    }
  }

  /**
   * The same object for the same style, across documents and across invalidations: the
   * styles in use when the first resolution after an invalidation is made are kept one round
   * (a burst of invalidations while a style file is typed does not lose them).
   */
  private intern(resolution: StyleResolution): StyleResolution {
    if (this.rotateInterned) {
      this.rotateInterned = false;
      this.previousInterned = this.interned;
      this.interned = new Map();
    }
    const hash = createHash('sha1').update(JSON.stringify(resolution.style)).digest('base64');
    let style = this.interned.get(hash) ?? this.previousInterned.get(hash);
    if (!style) style = resolution.style;
    this.interned.set(hash, style);
    return style === resolution.style ? resolution : { ...resolution, style };
  }

  private sendStatus(uri: string, resolution: StyleResolution): void {
    const broken = resolution.problems.some((p) => p.severity === 'error');
    const status: StyleStatusParams = { uri, broken };
    const first = resolution.problems.find((p) => p.severity === 'error');
    const file = first?.file ?? resolution.styleFile;
    if (file) status.styleFile = pathToUri(file);
    if (first) {
      const where = `${basename(first.file)}:${first.line}:${first.column}`;
      const count = resolution.problems.length;
      status.message = `${where}: ${first.message}${count > 1 ? ` (and ${count - 1} more)` : ''} — using the last good style`;
    }
    const key = JSON.stringify(status);
    const previous = this.statusSent.get(uri);
    // Nothing to say about a document whose style has never been broken.
    if (previous === key || (previous === undefined && !broken)) return;
    this.statusSent.set(uri, key);
    this.options.notifyStatus(status);
  }

  private newResolver(): StyleResolver {
    return new StyleResolver({ roots: this.rootPaths, readFile: (p) => this.readFile(p) });
  }
}

function sameFile(a: string, b: string): boolean {
  return resolvePath(a) === resolvePath(b);
}

function problemKey(p: StyleProblem): string {
  return `${p.line}:${p.column}:${p.message}`;
}

/** A StyleProblem (1-based, end column exclusive) as an LSP diagnostic (0-based). */
export function toStyleDiagnostic(problem: StyleProblem): Diagnostic {
  const line = Math.max(0, problem.line - 1);
  const character = Math.max(0, problem.column - 1);
  const endLine = Math.max(line, problem.endLine - 1);
  const endCharacter = endLine === line ? Math.max(character, problem.endColumn - 1) : Math.max(0, problem.endColumn - 1);
  return {
    range: { start: { line, character }, end: { line: endLine, character: endCharacter } },
    severity: problem.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: SOURCE,
    code: STYLE_FILE_CODE,
    codeDescription: { href: STYLE_FILE_DOC_URL },
    message: problem.message,
  };
}

/** Where "Add to the house style" writes when a document has no style file. */
export function newStyleFilePath(roots: readonly string[], documentPath: string | undefined): string | undefined {
  const folder = roots[0] ?? (documentPath !== undefined ? dirname(documentPath) : undefined);
  return folder !== undefined ? join(folder, STYLE_FILE_NAME) : undefined;
}
