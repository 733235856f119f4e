// "Did you mean …" for a misspelt key, rule id, severity or locale: the candidates within one
// edit (a transposition counts as one), two for long words, a case-only difference, or the one
// candidate the input is the start of ("warn" → "warning", "info" → "information").

// The distance itself lives in the engine, which the directive rule also uses.
import { editDistance } from '../engine/text/edit-distance.js';

export { editDistance };

/** The candidates the input most likely meant, best first (at most two); empty when none is close. */
export function closest(input: string, candidates: Iterable<string>): string[] {
  const lower = input.toLowerCase();
  let best: string[] = [];
  let bestScore = Infinity;
  const prefixed: string[] = [];
  for (const c of candidates) {
    if (c === input) return [];
    const cl = c.toLowerCase();
    // A case-only difference ("en-gb", "Warning") scores best.
    const d = cl === lower ? 0.5 : editDistance(lower, cl, 2);
    const allowed = Math.min(c.length, input.length) >= 7 ? 2 : 1;
    if (d <= allowed) {
      if (d < bestScore) {
        bestScore = d;
        best = [c];
      } else if (d === bestScore) best.push(c);
    }
    if (lower.length >= 3 && cl.startsWith(lower)) prefixed.push(c);
  }
  if (best.length) return best.slice(0, 2);
  return prefixed.length === 1 ? prefixed : [];
}

/** ' (did you mean "x"?)', ' (did you mean "x" or "y"?)' or ''. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const found = closest(input, candidates);
  if (!found.length) return '';
  return ` (did you mean ${found.map((f) => `"${f}"`).join(' or ')}?)`;
}
