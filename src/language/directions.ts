/**
 * Words saying which way something changes, up or down, in their common
 * forms (folded: lower case, no apostrophe). "Subsidies must be increased"
 * and "a reduction of subsidies" share "subsidies" but say opposite things.
 */
const UP = [
  'increase', 'increases', 'increased', 'increasing', 'rise', 'rises', 'rose', 'risen', 'rising',
  'raise', 'raises', 'raised', 'raising', 'grow', 'grows', 'grew', 'grown', 'growing', 'growth',
  'expand', 'expands', 'expanded', 'expanding', 'expansion', 'boost', 'boosts', 'boosted', 'boosting',
  'higher', 'climb', 'climbs', 'climbed', 'climbing', 'gain', 'gains', 'gained', 'gaining',
  'strengthen', 'strengthens', 'strengthened', 'strengthening', 'accelerate', 'accelerates', 'accelerated', 'accelerating',
];
const DOWN = [
  'decrease', 'decreases', 'decreased', 'decreasing', 'fall', 'falls', 'fell', 'fallen', 'falling',
  'reduce', 'reduces', 'reduced', 'reducing', 'reduction', 'reductions', 'shrink', 'shrinks', 'shrank', 'shrunk', 'shrinking',
  'contracted', 'contracting', 'contraction', 'cut', 'cuts', 'cutting',
  'lower', 'lowers', 'lowered', 'lowering', 'drop', 'drops', 'dropped', 'dropping', 'decline', 'declines', 'declined', 'declining',
  'weaken', 'weakens', 'weakened', 'weakening', 'slow', 'slows', 'slowed', 'slowing', 'slowdown',
];

const DIRECTION = new Map<string, 1 | -1>([...UP.map((w) => [w, 1] as const), ...DOWN.map((w) => [w, -1] as const)]);

/** Which way a folded word says something changes: 1 up, -1 down, 0 neither. */
export function directionOf(folded: string): 1 | -1 | 0 {
  return DIRECTION.get(folded) ?? 0;
}
