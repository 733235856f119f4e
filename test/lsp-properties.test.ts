// Properties of the LSP layer, with the server running in this process over in-memory streams
// (the real startServer, the real lint workers of dist/lint-worker.js, the real JSON-RPC framing):
// random sequences of opens, incremental edits, closes, reopens that start the version numbers
// afresh, and code-action requests carrying diagnostics from any earlier moment. Two things must
// always hold:
// - once the edits stop, the diagnostics the server last published (push) or reports (pull) for
//   a document equal a fresh check of its final text: at once, but for the unbalanced quotes it
//   holds back on the lines last typed in (lsp/typing-guard.ts), which follow within HOLD_MS;
// - every quick fix offered is a versioned edit for the document as it is now, and is offered
//   only for a diagnostic of the current open and version (never from a document's earlier life).

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import {
  CodeActionRequest,
  type CodeAction,
  type Command,
  createConnection,
  createProtocolConnection,
  type Diagnostic,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  type DocumentDiagnosticReport,
  InitializedNotification,
  InitializeRequest,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  type PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocumentEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startServer } from '../server/src/server.js';

const WORKER = join(__dirname, '..', 'dist', 'lint-worker.js');
const RUNS = Number(process.env.COPYDESK_PROPERTY_RUNS ?? 12);
/** copydesk.unclosedQuoteDelay here: short, so that holds begin and end within a scenario. */
const HOLD_MS = 60;

/** Snippets that make findings (and fixes) appear and vanish as they are typed. */
const SNIPPETS = [
  'interally',
  'the the',
  ' ',
  '\n',
  '\r\n',
  '"',
  '“Yes,” she said. ',
  'GNA',
  'Government of National Accord (GNA)',
  '😀',
  'FacebookTwitter',
  'Read more: ',
  'It was agreed.',
  'x',
];

type Op =
  | { kind: 'open'; doc: number; text: string }
  | { kind: 'edit'; doc: number; at: number; remove: number; insert: string }
  | { kind: 'close'; doc: number }
  | { kind: 'reopen'; doc: number; text: string }
  | { kind: 'action'; pick: number }
  | { kind: 'wait'; ms: number };

const textArb = fc.array(fc.constantFrom(...SNIPPETS), { maxLength: 8 }).map((parts) => parts.join(''));
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('open' as const), doc: fc.nat(1), text: textArb }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      doc: fc.nat(1),
      at: fc.nat(),
      remove: fc.nat(12),
      insert: fc.constantFrom(...SNIPPETS, ''),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('close' as const), doc: fc.nat(1) }) },
  // Closed and opened again at once: the version numbers start again at 1.
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('reopen' as const), doc: fc.nat(1), text: textArb }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('action' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 25 }) }) },
);

/** One published (or pulled) diagnostic with the open session and version it was made for. */
interface Seen {
  uri: string;
  session: number;
  version: number;
  diagnostic: Diagnostic;
}

class InMemoryClient {
  readonly connection: ProtocolConnection;
  readonly publications: { seq: number; params: PublishDiagnosticsParams }[] = [];
  private seq = 0;
  private waiters: (() => void)[] = [];

  constructor(readonly pull: boolean) {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const serverConnection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    startServer(serverConnection, WORKER);
    this.connection = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.publications.push({ seq: ++this.seq, params });
      for (const wake of this.waiters.splice(0)) wake();
    });
    // Requests from the server (configuration, registrations, refresh) get an empty answer;
    // notifications other than diagnostics (logs, style status) are not looked at.
    // (ProtocolConnection's types list only the typed overloads; the star handlers exist.)
    const star = this.connection as unknown as { onRequest(h: (m: string) => null): void; onNotification(h: (m: string) => void): void };
    star.onRequest(() => null);
    star.onNotification(() => undefined);
    this.connection.listen();
  }

  get mark(): number {
    return this.seq;
  }

  async initialize(): Promise<void> {
    await this.connection.sendRequest(InitializeRequest.type, {
      processId: null,
      rootUri: null,
      workspaceFolders: null,
      capabilities: {
        workspace: { workspaceEdit: { documentChanges: true } },
        textDocument: this.pull ? { diagnostic: { dynamicRegistration: false } } : {},
      },
      initializationOptions: { settings: { debounceMs: 0, unclosedQuoteDelay: HOLD_MS } },
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  /** The first publication for `uri` and `version` (undefined: a clearing one) after `mark`. */
  async published(uri: string, version: number | undefined, mark: number): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const hit = this.publications.find((p) => p.seq > mark && p.params.uri === uri && p.params.version === version);
      if (hit) return hit.params;
      if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri} v${version} after #${mark}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 200);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** A full pull report, asked again while the server says the document is changing. */
  async pulled(uri: string): Promise<Extract<DocumentDiagnosticReport, { kind: 'full' }>> {
    for (let attempt = 0; ; attempt++) {
      try {
        const report = await this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
        assert.equal(report.kind, 'full');
        return report as Extract<DocumentDiagnosticReport, { kind: 'full' }>;
      } catch (error) {
        if (attempt > 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  }
}

/** What a comparison of diagnostics looks at (data holds versions and session ids, which differ). */
function shape(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code} ${JSON.stringify(d.range)} ${typeof d.message === 'string' ? d.message : d.message.value}`).sort();
}

/** What was sent is what a fresh check finds, but for unbalanced quotes held back (while typed in). */
function assertHeldOnly(sent: readonly Diagnostic[], fresh: readonly Diagnostic[], what: string): void {
  const missing = shape(fresh);
  for (const d of shape(sent)) {
    const i = missing.indexOf(d);
    assert.ok(i >= 0, `sent but not in a fresh check: ${d} (${what})`);
    missing.splice(i, 1);
  }
  for (const d of missing) assert.ok(d.startsWith('unbalanced-quotes '), `held back, but not an unbalanced quote: ${d} (${what})`);
}

/** Asks `get` again until its diagnostics equal `want` (the hold ends within HOLD_MS), for at most 15 s. */
async function eventually(get: () => Promise<readonly Diagnostic[]>, want: readonly Diagnostic[]): Promise<readonly Diagnostic[]> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const got = await get();
    if (JSON.stringify(shape(got)) === JSON.stringify(shape(want)) || Date.now() > deadline) return got;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function runScenario(client: InMemoryClient, ops: readonly Op[], runId: number): Promise<void> {
  const uris = [0, 1].map((i) => `file:///properties/run-${runId}-doc-${i}.txt`);
  const docs: (TextDocument | undefined)[] = [undefined, undefined];
  const sessions = [0, 0];
  let sessionCounter = 0;
  const lastTextOp = [0, 0];
  const seen: Seen[] = [];
  let recorded = client.publications.length;

  // Diagnostics published so far, tagged with the session and version they belong to.
  const record = () => {
    for (; recorded < client.publications.length; recorded++) {
      const { params } = client.publications[recorded];
      const i = uris.indexOf(params.uri);
      if (i < 0 || params.version === undefined) continue;
      for (const diagnostic of params.diagnostics) seen.push({ uri: params.uri, session: sessions[i], version: params.version, diagnostic });
    }
  };

  const open = async (i: number, text: string) => {
    const doc = TextDocument.create(uris[i], 'plaintext', 1, text);
    docs[i] = doc;
    sessions[i] = ++sessionCounter;
    lastTextOp[i] = client.mark;
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: doc.uri, languageId: 'plaintext', version: 1, text },
    });
  };

  for (const op of ops) {
    record();
    if (op.kind === 'wait') {
      await new Promise((resolve) => setTimeout(resolve, op.ms));
    } else if (op.kind === 'open' || (op.kind === 'edit' && !docs[op.doc])) {
      if (docs[op.doc]) continue;
      await open(op.doc, op.kind === 'open' ? op.text : op.insert);
    } else if (op.kind === 'edit') {
      const doc = docs[op.doc]!;
      const length = doc.getText().length;
      const start = length === 0 ? 0 : op.at % (length + 1);
      const end = Math.min(length, start + op.remove);
      const range = { start: doc.positionAt(start), end: doc.positionAt(end) };
      TextDocument.update(doc, [{ range, text: op.insert }], doc.version + 1);
      lastTextOp[op.doc] = client.mark;
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: doc.uri, version: doc.version },
        contentChanges: [{ range, text: op.insert }],
      });
    } else if (op.kind === 'close' || op.kind === 'reopen') {
      const doc = docs[op.doc];
      if (doc) {
        docs[op.doc] = undefined;
        const mark = client.mark;
        await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: doc.uri } });
        // Push: the server clears a closed document's diagnostics. Whatever it published for the
        // earlier open came before that, so from here on a publication belongs to the next open.
        if (!client.pull) await client.published(doc.uri, undefined, mark);
      }
      if (op.kind === 'reopen') await open(op.doc, op.text);
    } else if (op.kind === 'action') {
      if (seen.length === 0) continue;
      // Mostly recent diagnostics (the ones a client still shows), sometimes any.
      const old = op.pick % 3 === 0 ? seen[op.pick % seen.length] : seen[seen.length - 1 - (op.pick % Math.min(6, seen.length))];
      const i = uris.indexOf(old.uri);
      const doc = docs[i];
      const result = await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri: old.uri },
        range: old.diagnostic.range,
        context: { diagnostics: [old.diagnostic], only: ['quickfix'] },
      });
      // Actions that change the text (a command, such as "Show documentation", changes none).
      const actions = (result ?? []).filter((a: Command | CodeAction): a is CodeAction => 'edit' in a || ('kind' in a && !('command' in a)));
      // The document may have moved on while the request was on its way; judge by what the
      // server held when it answered, which is the version its edits name.
      for (const action of actions) {
        const change = action.edit?.documentChanges?.[0];
        assert.ok(change && TextDocumentEdit.is(change), 'a quick fix is a versioned edit');
        assert.ok(doc, `no fix for a closed document (${action.title})`);
        assert.equal(old.session, sessions[i], `a fix offered from an earlier open of the document: ${action.title}`);
        assert.equal(change.textDocument.version, old.version, 'the fix names the version its diagnostic was made for');
        assert.ok(change.textDocument.version! <= doc.version);
      }
    }
  }

  // Quiet now: the last diagnostics of every open document equal a fresh check of its text.
  for (const i of [0, 1]) {
    const doc = docs[i];
    if (!doc) continue;
    const freshUri = `${uris[i]}.fresh.txt`;
    if (client.pull) {
      const first = await client.pulled(doc.uri);
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri: freshUri, languageId: 'plaintext', version: 1, text: doc.getText() },
      });
      const fresh = await client.pulled(freshUri);
      assertHeldOnly(first.items, fresh.items, `final text ${JSON.stringify(doc.getText())}`);
      const final = await eventually(async () => (await client.pulled(doc.uri)).items, fresh.items);
      assert.deepEqual(shape(final), shape(fresh.items), `final text ${JSON.stringify(doc.getText())}`);
    } else {
      const first = await client.published(doc.uri, doc.version, lastTextOp[i]);
      const mark = client.mark;
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri: freshUri, languageId: 'plaintext', version: 1, text: doc.getText() },
      });
      const fresh = await client.published(freshUri, 1, mark);
      assertHeldOnly(first.diagnostics, fresh.diagnostics, `final text ${JSON.stringify(doc.getText())}`);
      const lastOf = () => [...client.publications].reverse().find((p) => p.params.uri === doc.uri)!.params;
      const final = await eventually(async () => lastOf().diagnostics, fresh.diagnostics);
      assert.deepEqual(shape(final), shape(fresh.diagnostics), `final text ${JSON.stringify(doc.getText())}`);
      assert.equal(lastOf().version, doc.version);
      // Nothing older (or held back) may arrive after the final publication and replace it.
      await new Promise((resolve) => setTimeout(resolve, HOLD_MS + 50));
      assert.deepEqual(shape(lastOf().diagnostics), shape(final), 'the last publication is the final one');
    }
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: freshUri } });
  }
}

for (const pull of [false, true]) {
  describe(`LSP layer properties (${pull ? 'pull' : 'push'} diagnostics, in memory)`, () => {
    const client = new InMemoryClient(pull);
    let runId = 0;
    after(async () => {
      // shutdown stops the lint workers; no exit notification, which would end this process.
      await client.connection.sendRequest(ShutdownRequest.type);
      client.connection.dispose();
    });

    it('settles on a fresh check, and never offers a fix from an earlier version or open', async () => {
      await client.initialize();
      await fc.assert(
        fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 30 }), async (ops) => runScenario(client, ops, ++runId)),
        { numRuns: RUNS },
      );
    });
  });
}
