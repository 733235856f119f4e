// The `rules` mappings of a style file (top level and in each override): every rule id must be
// in the engine's registry, every setting a severity or [severity, { options }], and the
// options are checked against the schema the rule declares in its meta (none: no options).
// One option belongs to every rule: `url`, the desk's own page for it (rule-docs.ts), which the
// editor's links to the rule open instead of Copydesk's page.

import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { RULES } from '../engine/index.js';
import { SEVERITIES, type Rule } from '../engine/types.js';
import { isRuleUrl, RULE_URL_OPTION } from '../rule-docs.js';
import { SHIPPED_SCHEMA_AJV_OPTIONS } from './ajv-options.js';
import { didYouMean } from './did-you-mean.js';
import type { PathSegment } from './yaml-nodes.js';

/** A problem found in the plain value, at a path; `atKey`: underline the key, not the value. */
export interface ValueProblem {
  path: PathSegment[];
  atKey?: boolean;
  message: string;
}

/** What people coming from other linters write for a severity. */
const SEVERITY_ALIASES: Record<string, string> = {
  '0': 'off',
  '1': 'warning',
  '2': 'error',
  false: 'off',
  none: 'off',
  disable: 'off',
  disabled: 'off',
  ignore: 'off',
  warn: 'warning',
  info: 'information',
  suggestion: 'hint',
};

const SEVERITY_LIST = 'off, hint, information, warning or error';

export function severityMessage(value: unknown): string {
  if (value === null || value === undefined) return `no severity given; use ${SEVERITY_LIST}`;
  if (typeof value === 'object') return `${Array.isArray(value) ? 'a list' : 'a mapping'} is not a severity; use ${SEVERITY_LIST}`;
  const text = String(value);
  const alias = SEVERITY_ALIASES[text.toLowerCase()];
  const hint = alias ? ` (did you mean "${alias}"?)` : didYouMean(text, SEVERITIES);
  return `"${text}" is not a severity; use ${SEVERITY_LIST}${hint}`;
}

const isSeverity = (v: unknown): boolean => typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v);
const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Why a rule's setting is not `severity` or `[severity, { options }]` (the schema said it is not). */
export function explainRuleSetting(ruleId: string, value: unknown, path: PathSegment[]): ValueProblem[] {
  if (!Array.isArray(value)) {
    if (isPlainObject(value)) {
      return [{ path, message: `"${ruleId}" must be a severity (${SEVERITY_LIST}) or a list [severity, { options }], not a mapping` }];
    }
    return [{ path, message: severityMessage(value) }];
  }
  if (value.length === 0) return [{ path, message: `"${ruleId}" needs a severity: [warning] or [warning, { options }]` }];
  const out: ValueProblem[] = [];
  if (!isSeverity(value[0])) out.push({ path: [...path, 0], message: severityMessage(value[0]) });
  if (value.length > 1 && !isPlainObject(value[1])) {
    out.push({
      path: [...path, 1],
      message: `the options of "${ruleId}" must be a mapping in { }, such as [warning, { option: value }]`,
    });
  } else if (value.length > 1) {
    const url = urlProblem(ruleId, value[1], [...path, 1]);
    if (url) out.push(url);
  }
  if (value.length > 2) {
    out.push({ path: [...path, 2], message: `"${ruleId}" takes one severity and one { options } mapping; remove the rest` });
  }
  return out;
}

/** What is wrong with the `url` option in a rule's options, if anything. */
function urlProblem(ruleId: string, options: Record<string, unknown>, path: PathSegment[]): ValueProblem | undefined {
  const url = options[RULE_URL_OPTION];
  if (!(RULE_URL_OPTION in options) || isRuleUrl(url)) return undefined;
  const message =
    typeof url === 'string' && /^https?:\/\//i.test(url)
      ? `${ruleId}: "url" is not a valid web address${/\s/.test(url) ? ' (write a space as %20)' : ''}`
      : `${ruleId}: "url" must be a web address starting with https:// or http://, such as https://desk.example/style#${ruleId}`;
  return { path: [...path, RULE_URL_OPTION], message };
}

/** The options of a rule that declares none: only `{ }`; any key is an unknown option. */
const NO_OPTIONS: Record<string, unknown> = Object.freeze({ type: 'object', properties: {}, additionalProperties: false });

/**
 * The options schema of a rule: `meta.options`, a JSON Schema (draft-07) of its options object,
 * such as `{ type: 'object', properties: { minUses: { type: 'integer', minimum: 1 } },
 * additionalProperties: false }`; a rule that declares none takes no options.
 */
export function ruleOptionsSchema(rule: Rule): Record<string, unknown> {
  const options = rule.meta.options;
  return isPlainObject(options) ? options : NO_OPTIONS;
}

const optionValidators = new WeakMap<object, ValidateFunction | null>();
let optionsAjv: Ajv | undefined;

function optionValidator(schema: Record<string, unknown>): ValidateFunction | null {
  let v = optionValidators.get(schema);
  if (v === undefined) {
    // verbose: each error carries the schema of the value it is about, which the message describes.
    optionsAjv ??= new Ajv(SHIPPED_SCHEMA_AJV_OPTIONS);
    try {
      v = optionsAjv.compile(schema);
    } catch {
      v = null; // A rule's broken schema is the rule's bug, not the desk editor's: skip it.
    }
    optionValidators.set(schema, v);
  }
  return v;
}

/** What a value must be, from its schema: "a whole number of 1 or more", "a list of text". */
export function schemaNoun(schema: unknown): string {
  if (!isPlainObject(schema)) return 'valid';
  if (Array.isArray(schema.enum)) return `one of ${schema.enum.map(String).join(', ')}`;
  const type = String(Array.isArray(schema.type) ? schema.type[0] : (schema.type ?? ''));
  const range = (noun: string) => {
    const min = typeof schema.minimum === 'number' ? schema.minimum : undefined;
    const max = typeof schema.maximum === 'number' ? schema.maximum : undefined;
    if (min !== undefined && max !== undefined) return `${noun} from ${min} to ${max}`;
    if (min !== undefined) return `${noun} of ${min} or more`;
    if (max !== undefined) return `${noun} of ${max} or less`;
    return noun;
  };
  if (type === 'integer') return range('a whole number');
  if (type === 'number') return range('a number');
  if (type === 'array') {
    const items = isPlainObject(schema.items) ? schema.items : undefined;
    return items?.type === 'string' ? 'a list of text' : 'a list';
  }
  return typeNoun(type);
}

function optionProblem(ruleId: string, base: PathSegment[], e: ErrorObject, schema: Record<string, unknown>): ValueProblem {
  const segs = e.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const path = [...base, ...segs];
  if (e.keyword === 'additionalProperties') {
    const option = String(e.params.additionalProperty);
    const parent = isPlainObject(e.parentSchema) ? e.parentSchema : schema;
    const known = isPlainObject(parent.properties) ? Object.keys(parent.properties) : [];
    let hint: string;
    if (segs.length) {
      hint = didYouMean(option, known) || (known.length === 0 ? '' : `; the options are ${known.join(', ')}`);
    } else {
      // `url` is an option of every rule as well.
      const all = [...known, RULE_URL_OPTION];
      hint = didYouMean(option, all) || (known.length === 0 ? `; the only option of ${ruleId} is url` : `; the options are ${all.join(', ')}`);
    }
    return { path: [...path, option], atKey: true, message: `${ruleId}: unknown option "${option}"${hint}` };
  }
  const last = segs[segs.length - 1] ?? '';
  const isItem = segs.length > 1 && /^\d+$/.test(last);
  const subject = isItem ? `each entry of "${segs[segs.length - 2]}"` : segs.length ? `"${last}"` : 'its options';
  if (e.keyword === 'minLength' && e.params.limit === 1) {
    return { path, message: `${ruleId}: ${isItem ? `an entry of "${segs[segs.length - 2]}"` : subject} is empty` };
  }
  // type, minimum, maximum, enum, multipleOf …: say what the value must be, whichever failed.
  return { path, message: `${ruleId}: ${subject} must be ${schemaNoun(e.parentSchema)}` };
}

export function typeNoun(type: string): string {
  switch (type.split(',')[0]) {
    case 'array': return 'a list';
    case 'object': return 'a mapping';
    case 'string': return 'text';
    case 'number': return 'a number';
    case 'integer': return 'a whole number';
    case 'boolean': return 'true or false';
    default: return type;
  }
}

let byIdCache: Map<string, Rule> | undefined;
function rulesById(): Map<string, Rule> {
  byIdCache ??= new Map<string, Rule>(RULES.map((r) => [r.meta.id, r]));
  return byIdCache;
}

/**
 * Problems with a `rules` mapping's ids and options (its shape was checked by the schema, and
 * `settingsValid` says whether each setting passed). `path` is where the mapping is.
 */
export function checkRuleMap(rules: unknown, path: PathSegment[], settingsValid: (ruleId: string) => boolean): ValueProblem[] {
  if (!isPlainObject(rules)) return [];
  const byId = rulesById();
  const out: ValueProblem[] = [];
  for (const [id, setting] of Object.entries(rules)) {
    const rule = byId.get(id);
    if (!rule) {
      out.push({ path: [...path, id], atKey: true, message: `unknown rule "${id}"${didYouMean(id, byId.keys())}` });
      continue;
    }
    if (!settingsValid(id) || !Array.isArray(setting) || !isPlainObject(setting[1])) continue;
    const url = urlProblem(id, setting[1], [...path, id, 1]);
    if (url) out.push(url);
    // The rule's own options, without the `url` every rule takes.
    const { [RULE_URL_OPTION]: _url, ...ruleOptions } = setting[1];
    const schema = ruleOptionsSchema(rule);
    const validate = optionValidator(schema);
    if (!validate || validate(ruleOptions)) continue;
    // Two failed keywords on one value (-1.5 for a whole number of 1 or more) say one thing.
    const seen = new Set<string>();
    for (const e of validate.errors ?? []) {
      const p = optionProblem(id, [...path, id, 1], e, schema);
      const key = `${p.path.join('\u0000')}\u0000${p.message}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(p);
      }
    }
  }
  return out;
}
