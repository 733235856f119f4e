// The `rules` mappings of a style file (top level and in each override): every rule id must be
// in the engine's registry, every setting a severity or [severity, { options }], and a rule
// whose meta declares an options schema gets its options checked against it.

import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { RULES } from '../engine/index.js';
import { SEVERITIES, type Rule } from '../engine/types.js';
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
  }
  if (value.length > 2) {
    out.push({ path: [...path, 2], message: `"${ruleId}" takes one severity and one { options } mapping; remove the rest` });
  }
  return out;
}

/**
 * The options schema a rule declares: `meta.options`, a JSON Schema of its options object
 * (draft-07), for example `{ type: 'object', properties: { minUses: { type: 'number' } },
 * additionalProperties: false }`. Read without a type from RuleMeta until rules declare it.
 */
export function ruleOptionsSchema(rule: Rule): Record<string, unknown> | undefined {
  const options = (rule.meta as { options?: unknown }).options;
  return isPlainObject(options) ? options : undefined;
}

const optionValidators = new WeakMap<object, ValidateFunction | null>();
let optionsAjv: Ajv | undefined;

function optionValidator(schema: Record<string, unknown>): ValidateFunction | null {
  let v = optionValidators.get(schema);
  if (v === undefined) {
    optionsAjv ??= new Ajv({ allErrors: true, strict: false });
    try {
      v = optionsAjv.compile(schema);
    } catch {
      v = null; // A rule's broken schema is the rule's bug, not the desk editor's: skip it.
    }
    optionValidators.set(schema, v);
  }
  return v;
}

function optionProblem(ruleId: string, base: PathSegment[], e: ErrorObject, schema: Record<string, unknown>): ValueProblem {
  const segs = e.instancePath.split('/').slice(1);
  const name = segs.length ? `"${segs[segs.length - 1]}"` : 'its options';
  if (e.keyword === 'additionalProperties') {
    const option = String(e.params.additionalProperty);
    const known = isPlainObject(schema.properties) ? Object.keys(schema.properties) : [];
    return { path: [...base, ...segs, option], atKey: true, message: `${ruleId}: unknown option "${option}"${didYouMean(option, known)}` };
  }
  if (e.keyword === 'type') return { path: [...base, ...segs], message: `${ruleId}: ${name} must be ${typeNoun(String(e.params.type))}` };
  if (e.keyword === 'enum') {
    const allowed = (e.params.allowedValues as unknown[]).map(String);
    return { path: [...base, ...segs], message: `${ruleId}: ${name} must be one of ${allowed.join(', ')}` };
  }
  return { path: [...base, ...segs], message: `${ruleId}: ${name} ${e.message ?? 'is not valid'}` };
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

/**
 * Problems with a `rules` mapping's ids and options (its shape was checked by the schema, and
 * `settingsValid` says whether each setting passed). `path` is where the mapping is.
 */
export function checkRuleMap(rules: unknown, path: PathSegment[], settingsValid: (ruleId: string) => boolean): ValueProblem[] {
  if (!isPlainObject(rules)) return [];
  const byId = new Map<string, Rule>(RULES.map((r) => [r.meta.id, r]));
  const out: ValueProblem[] = [];
  for (const [id, setting] of Object.entries(rules)) {
    const rule = byId.get(id);
    if (!rule) {
      out.push({ path: [...path, id], atKey: true, message: `unknown rule "${id}"${didYouMean(id, byId.keys())}` });
      continue;
    }
    if (!settingsValid(id) || !Array.isArray(setting) || !isPlainObject(setting[1])) continue;
    const schema = ruleOptionsSchema(rule);
    const validate = schema && optionValidator(schema);
    if (!schema || !validate || validate(setting[1])) continue;
    for (const e of validate.errors ?? []) out.push(optionProblem(id, [...path, id, 1], e, schema));
  }
  return out;
}
