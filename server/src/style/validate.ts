// Every problem in a style file's plain value (whichever parser read it), each at a JSON path:
// the schema's (schema-check.ts), then the rule ids and options of the `rules` mappings at the
// top level and in each override (rule-settings.ts). Linear in the size of the value: the
// schema validator is compiled once per process, and the settings the schema already rejected
// are looked up in a Set.

import { checkRuleMap, type ValueProblem } from './rule-settings.js';
import { schemaProblems } from './schema-check.js';
import type { PathSegment } from './yaml-nodes.js';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A key for a path that no rule id or index can fake (ids may hold "/"). */
const pathKey = (path: readonly PathSegment[]) => path.join('\u0000');

export function valueProblems(value: unknown): ValueProblem[] {
  const problems = schemaProblems(value);
  if (!isObject(value)) return problems;
  // The settings (rules/<id>, overrides/<i>/rules/<id>) that have a schema problem at or
  // below them: their ids are still checked, their options are not looked at.
  const rejected = new Set<string>();
  for (const p of problems) {
    if (p.path[0] === 'rules' && p.path.length > 1) rejected.add(pathKey(p.path.slice(0, 2)));
    else if (p.path[0] === 'overrides' && p.path[2] === 'rules' && p.path.length > 3) rejected.add(pathKey(p.path.slice(0, 4)));
  }
  const settingOk = (base: PathSegment[]) => (id: string) => !rejected.has(pathKey([...base, id]));
  problems.push(...checkRuleMap(value.rules, ['rules'], settingOk(['rules'])));
  if (Array.isArray(value.overrides)) {
    value.overrides.forEach((o, i) => {
      const base: PathSegment[] = ['overrides', i, 'rules'];
      if (isObject(o)) problems.push(...checkRuleMap(o.rules, base, settingOk(base)));
    });
  }
  return problems;
}
