// "Did you mean …" for a misspelt key, rule id, severity or locale: the candidates within one
// edit (a transposition counts as one), two for long words, a case-only difference, or the one
// candidate the input is the start of ("warn" → "warning", "info" → "information").

/** Optimal string alignment distance (Damerau–Levenshtein without repeated edits of a substring). */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  // Three rolling rows: the transposition looks two rows back.
  let prev2 = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  let cur = new Array<number>(cols).fill(0);
  for (let i = 1; i < rows; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[cols - 1];
}

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
