// Makes `copydesk.trace.server` work on its own.
//
// vscode-languageclient 10+ traces the JSON-RPC traffic only while its trace channel's log level
// is Trace, and then reads `<id>.trace.server` merely to choose "messages" or "verbose" ("off"
// counts as "messages"). A log channel's level can only be changed by the user in the UI, so the
// setting alone would do nothing. This view of the Copydesk channel reports level Trace while the
// setting asks for tracing, and writes those trace lines at info level so that they show.

import * as vscode from 'vscode';
import { SECTION, traceSetting } from './settings';

export class SettingDrivenTraceChannel implements vscode.LogOutputChannel, vscode.Disposable {
  private readonly levelChanged = new vscode.EventEmitter<vscode.LogLevel>();
  readonly onDidChangeLogLevel = this.levelChanged.event;
  private readonly subscriptions: vscode.Disposable[];
  private lastLevel: vscode.LogLevel;

  constructor(private readonly channel: vscode.LogOutputChannel) {
    this.lastLevel = this.logLevel;
    this.subscriptions = [
      this.levelChanged,
      channel.onDidChangeLogLevel(() => this.fireIfChanged()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`${SECTION}.trace.server`)) this.fireIfChanged();
      }),
    ];
  }

  get name(): string {
    return this.channel.name;
  }

  get logLevel(): vscode.LogLevel {
    return traceSetting() === 'off' ? this.channel.logLevel : vscode.LogLevel.Trace;
  }

  trace(message: string, ...args: unknown[]): void {
    if (this.channel.logLevel === vscode.LogLevel.Trace) this.channel.trace(message, ...args);
    else if (traceSetting() !== 'off') this.channel.info(message, ...args);
  }

  debug(message: string, ...args: unknown[]): void {
    this.channel.debug(message, ...args);
  }

  info(message: string, ...args: unknown[]): void {
    this.channel.info(message, ...args);
  }

  warn(message: string, ...args: unknown[]): void {
    this.channel.warn(message, ...args);
  }

  error(error: string | Error, ...args: unknown[]): void {
    this.channel.error(error, ...args);
  }

  append(value: string): void {
    this.channel.append(value);
  }

  appendLine(value: string): void {
    this.channel.appendLine(value);
  }

  replace(value: string): void {
    this.channel.replace(value);
  }

  clear(): void {
    this.channel.clear();
  }

  show(preserveFocus?: boolean): void;
  show(column?: vscode.ViewColumn, preserveFocus?: boolean): void;
  show(columnOrPreserveFocus?: vscode.ViewColumn | boolean, preserveFocus?: boolean): void {
    if (typeof columnOrPreserveFocus === 'number') this.channel.show(columnOrPreserveFocus, preserveFocus);
    else this.channel.show(columnOrPreserveFocus);
  }

  hide(): void {
    this.channel.hide();
  }

  /** Stops listening; the underlying channel belongs to the extension and stays open. */
  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private fireIfChanged(): void {
    const level = this.logLevel;
    if (level === this.lastLevel) return;
    this.lastLevel = level;
    this.levelChanged.fire(level);
  }
}
