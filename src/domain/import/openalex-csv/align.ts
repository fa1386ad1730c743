/**
 * Splitting a flattened OpenAlex list back into one block per author.
 *
 * The web-UI CSV writes `authorships.institutions.display_name` (and `.id`, and
 * `authorships.countries`) as every author's list joined with "|", one author after another, and
 * an author without any value as one empty item. Two authors with two institutions each give four
 * items ("A|B|A|B"), so the author of an item is only known when the split is unique. The split
 * is searched under the rules that hold in the data: every author has at least one item, an empty
 * item stands alone, and an author never lists the same institution twice. Optional constraints
 * (for example the corresponding author's institutions) narrow it further.
 */

/** Rejects (false) a candidate block `tokens[start..end)` for author `group`. */
export type BlockConstraint = (group: number, start: number, end: number) => boolean;

/** Outcome of a split: the block boundaries when exactly one split fits the rules. */
export type SplitResult =
  | { kind: 'unique'; bounds: number[] }
  | { kind: 'ambiguous' }
  | { kind: 'none' }
  | { kind: 'too-large' };

export interface SplitOptions {
  constraint?: BlockConstraint;
  /** Upper bound on the dynamic-programming work; larger problems are reported as ambiguous. */
  maxWork?: number;
}

const DEFAULT_MAX_WORK = 2_000_000;

/**
 * Splits `keys` (one per item, '' for "no value") into `groups` consecutive non-empty blocks.
 * When exactly one split satisfies the rules, returns its boundaries (`groups + 1` offsets, first
 * 0, last `keys.length`); otherwise says whether there was none or several.
 * Cost: O(groups * slack^2) with slack = keys.length - groups; counts are capped at 2.
 */
export function splitIntoBlocks(keys: readonly string[], groups: number, options: SplitOptions = {}): SplitResult {
  const total = keys.length;
  if (groups <= 0 || total < groups) return { kind: 'none' };
  if (total === groups) {
    const identity: number[] = [];
    for (let i = 0; i <= total; i++) identity.push(i);
    const { constraint } = options;
    if (constraint) for (let g = 0; g < groups; g++) if (!constraint(g, g, g + 1)) return { kind: 'none' };
    return { kind: 'unique', bounds: identity };
  }
  const slack = total - groups;
  if (groups * (slack + 1) * (slack + 1) > (options.maxWork ?? DEFAULT_MAX_WORK)) return { kind: 'too-large' };

  // maxLength[p]: the longest valid block starting at item p (distinct keys, no empty item inside).
  const maxLength = new Int32Array(total);
  for (let p = 0; p < total; p++) {
    if (keys[p] === '') {
      maxLength[p] = 1;
      continue;
    }
    const seen = new Set<string>([keys[p]]);
    let length = 1;
    while (p + length < total && length <= slack) {
      const key = keys[p + length];
      if (key === '' || seen.has(key)) break;
      seen.add(key);
      length++;
    }
    maxLength[p] = length;
  }

  // ways[g * width + (p - g)]: number of valid splits (capped at 2) of items p.. among authors g..
  const width = slack + 1;
  const ways = new Uint8Array((groups + 1) * width);
  ways[groups * width + slack] = 1; // g = groups, p = total
  for (let g = groups - 1; g >= 0; g--) {
    for (let p = g + slack; p >= g; p--) {
      let count = 0;
      const remainingGroups = groups - g - 1;
      const longest = Math.min(maxLength[p], total - p - remainingGroups);
      for (let length = 1; length <= longest && count < 2; length++) {
        const next = p + length;
        const after = ways[(g + 1) * width + (next - g - 1)];
        if (after === 0) continue;
        if (options.constraint && !options.constraint(g, p, next)) continue;
        count += after;
      }
      ways[g * width + (p - g)] = Math.min(count, 2);
    }
  }
  if (ways[0] === 0) return { kind: 'none' };
  if (ways[0] > 1) return { kind: 'ambiguous' };

  const bounds = [0];
  let p = 0;
  for (let g = 0; g < groups; g++) {
    const remainingGroups = groups - g - 1;
    const longest = Math.min(maxLength[p], total - p - remainingGroups);
    for (let length = 1; length <= longest; length++) {
      const next = p + length;
      if (ways[(g + 1) * width + (next - g - 1)] === 0) continue;
      if (options.constraint && !options.constraint(g, p, next)) continue;
      p = next;
      break;
    }
    bounds.push(p);
  }
  return { kind: 'unique', bounds };
}
