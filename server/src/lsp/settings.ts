// The `copydesk.*` settings the server reads, and where it gets them. Settings are resource
// scoped: a workspace folder may disable Copydesk or change the languages it checks, so they
// are asked for per document (workspace/configuration with scopeUri = the document's uri) and
// cached per document only, until the client says the configuration changed.

export interface CopydeskSettings {
  /** Check documents at all. */
  enable: boolean;
  /** Language ids of the documents to check. */
  languages: string[];
  /** Quiet time after a change before the document is re-checked (push mode): `copydesk.delayAfterTyping`. */
  debounceMs: number;
  /** Documents above this many bytes (UTF-8) are skipped with one message. */
  maxFileSize: number;
  /** How long an unbalanced quotation mark on the lines being typed in waits before it is shown (lsp/typing-guard.ts); 0: at once. */
  unclosedQuoteDelay: number;
}

export const DEFAULT_SETTINGS: Readonly<CopydeskSettings> = Object.freeze({
  enable: true,
  languages: ['plaintext', 'markdown', 'newsdraft'],
  debounceMs: 150,
  maxFileSize: 2_000_000,
  unclosedQuoteDelay: 5000,
});

/** Keeps the fields of `raw` that have the right type; anything else falls back to the default. */
export function normalizeSettings(raw: unknown): CopydeskSettings {
  const r = (raw !== null && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const number = (v: unknown, min: number, max: number, fallback: number) =>
    typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, Math.round(v))) : fallback;
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : DEFAULT_SETTINGS.enable,
    languages:
      Array.isArray(r.languages) && r.languages.every((l) => typeof l === 'string')
        ? [...(r.languages as string[])]
        : [...DEFAULT_SETTINGS.languages],
    debounceMs: number(delayAfterTyping(r), 0, 10_000, DEFAULT_SETTINGS.debounceMs),
    maxFileSize: number(r.maxFileSize, 0, Number.MAX_SAFE_INTEGER, DEFAULT_SETTINGS.maxFileSize),
    unclosedQuoteDelay: number(r.unclosedQuoteDelay, 0, 60_000, DEFAULT_SETTINGS.unclosedQuoteDelay),
  };
}

/**
 * `copydesk.delayAfterTyping`, once `copydesk.debounceMs`: a value under the old name still
 * counts while the new one is unset. VS Code sends both, each at its default when unset, so the
 * new one at its default gives way to an old one that is not.
 */
function delayAfterTyping(r: Record<string, unknown>): unknown {
  const set = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
  const { delayAfterTyping: now, debounceMs: old } = r;
  return set(now) && (now !== DEFAULT_SETTINGS.debounceMs || !set(old)) ? now : old;
}

/** Language ids other editors use for what VS Code calls `plaintext` (Neovim and Helix: `text`). */
const LANGUAGE_ALIASES: Record<string, string> = { text: 'plaintext', txt: 'plaintext', draft: 'newsdraft' };

/** The VS Code language id for a client's one, so settings and the engine see one name. */
export function canonicalLanguageId(languageId: string): string {
  return LANGUAGE_ALIASES[languageId] ?? languageId;
}

/** Whether a document with this language id is to be checked under these settings. */
export function isChecked(settings: CopydeskSettings, languageId: string): boolean {
  return settings.enable && settings.languages.includes(languageId);
}

/**
 * Per-document settings cache. `fetch` asks the client for the `copydesk` section scoped to a
 * document; a failed fetch gives the defaults (and is logged by the caller's `onError`).
 */
export class SettingsCache {
  private readonly byDocument = new Map<string, Promise<CopydeskSettings>>();

  constructor(
    private readonly fetch: (uri: string) => Promise<unknown>,
    private readonly onError: (uri: string, error: unknown) => void,
  ) {}

  get(uri: string): Promise<CopydeskSettings> {
    let settings = this.byDocument.get(uri);
    if (!settings) {
      settings = this.fetch(uri).then(normalizeSettings, (error: unknown) => {
        this.onError(uri, error);
        return normalizeSettings(undefined);
      });
      this.byDocument.set(uri, settings);
    }
    return settings;
  }

  /** Forgets one document's settings (it was closed). */
  forget(uri: string): void {
    this.byDocument.delete(uri);
  }

  /** Forgets every document's settings (the configuration changed). */
  clear(): void {
    this.byDocument.clear();
  }
}
