// Views of the "Copydesk" output channel: one that keeps its latest lines, which the
// extension's API hands to tests (an output channel cannot be read back), and one per language
// client that writes that client's farewell ("Server process exited successfully") at debug
// level once the client is being stopped on purpose, so that a restart does not read as a stop.

import * as vscode from 'vscode';

type Level = 'trace' | 'debug' | 'info' | 'warn' | 'error';
const WRITERS = new Set<string | symbol>(['trace', 'debug', 'info', 'warn', 'error', 'append', 'appendLine']);

/** Where a view sends a line: the method of `channel` that writes it. */
type Route = (method: Level | 'append' | 'appendLine', message: string | Error, args: unknown[]) => void;

/**
 * The channel with every line going through `route`. A Proxy over an empty object rather than
 * over the channel: VS Code's channel object is frozen, and a Proxy of a frozen object must
 * return its own methods unchanged.
 */
function viewOf(channel: vscode.LogOutputChannel, route: Route): vscode.LogOutputChannel {
  return new Proxy({} as vscode.LogOutputChannel, {
    get(_, key) {
      if (WRITERS.has(key)) {
        return (message: string | Error, ...args: unknown[]) => route(key as Level, message, args);
      }
      const value: unknown = Reflect.get(channel, key);
      return typeof value === 'function' ? value.bind(channel) : value;
    },
    has: (_, key) => key in channel,
  });
}

function write(channel: vscode.LogOutputChannel, method: Level | 'append' | 'appendLine', message: string | Error, args: unknown[]): void {
  if (method === 'append' || method === 'appendLine') channel[method](String(message));
  else if (method === 'error') channel.error(message, ...args);
  else channel[method](String(message), ...args);
}

export interface RecordedChannel {
  channel: vscode.LogOutputChannel;
  /** The latest lines written, oldest first, as "info: message". */
  lines(): string[];
}

/** The channel, remembering the last `limit` lines written to it. */
export function recordedChannel(channel: vscode.LogOutputChannel, limit = 500): RecordedChannel {
  const lines: string[] = [];
  const view = viewOf(channel, (method, message, args) => {
    lines.push(`${method}: ${message instanceof Error ? message.message : message}`);
    if (lines.length > limit) lines.shift();
    write(channel, method, message, args);
  });
  return { channel: view, lines: () => [...lines] };
}

/** The channel as one language client sees it: its info lines go to debug once `stopping()`. */
export function clientChannel(channel: vscode.LogOutputChannel, stopping: () => boolean): vscode.LogOutputChannel {
  return viewOf(channel, (method, message, args) => write(channel, method === 'info' && stopping() ? 'debug' : method, message, args));
}
