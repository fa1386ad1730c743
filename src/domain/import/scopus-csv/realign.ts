/**
 * Repairs a CSV row whose cell count differs from the header's column count (an unquoted comma
 * split a value, a cell was lost, a spreadsheet edit went wrong) without shifting every later
 * value into the wrong field.
 *
 * The row is assumed to have one break: columns left of it are read from the left end of the row,
 * columns right of it from the right end. The break is placed where the most "anchor" columns,
 * whose values have recognisable shapes (a year, a DOI, an EID ...), agree with their shapes.
 * Columns whose place is still uncertain and whose two candidate values differ are left empty and
 * named, so that the caller can say which fields of the record are missing.
 */

/** A recognisable value shape for one column, by header name (case-folded). */
export interface Anchor {
  column: string;
  test: (value: string) => boolean;
  /** A loose shape (digits, "some text") that neighbouring columns may share: counts a third of a strict one. */
  weak?: boolean;
}

export interface Realigned {
  cells: string[];
  /** Header names of the fields that could not be placed and were left empty. */
  unplaced: string[];
  /** True when only trailing empty cells were removed (Excel damage, nothing lost). */
  trailingEmptyOnly: boolean;
}

/** Score of one anchor value: + weight when it has the column's shape, - weight when it has another, 0 when empty. */
const vote = (anchor: Anchor, value: string | undefined): number => {
  const v = value === undefined ? '' : value.trim();
  if (!v) return 0;
  const weight = anchor.weak ? 1 : 3;
  return anchor.test(v) ? weight : -weight;
};

/**
 * Maps `cells` onto `header.length` columns (see the file comment). Never throws; a row with the
 * right count is returned unchanged.
 */
export function realignCells(header: string[], cells: string[], anchors: Anchor[]): Realigned {
  const n = header.length;
  const m = cells.length;
  if (m === n) return { cells, unplaced: [], trailingEmptyOnly: false };
  let trailingEmpty = m > n;
  for (let i = n; i < m && trailingEmpty; i++) if (cells[i].trim() !== '') trailingEmpty = false;
  const d = m - n;
  const byIndex = new Map<number, Anchor>();
  const lower = header.map((h) => h.trim().toLowerCase());
  for (const anchor of anchors) {
    const index = lower.indexOf(anchor.column.toLowerCase());
    if (index !== -1) byIndex.set(index, anchor);
  }
  // score(b) = sum of left votes of anchors < b + right votes of anchors >= b, for b in 0..n.
  let rightTotal = 0;
  for (const [k, anchor] of byIndex) rightTotal += vote(anchor, cells[k + d]);
  let best = -Infinity;
  let bestLo = 0;
  let bestHi = 0;
  let leftSum = 0;
  let rightSum = rightTotal;
  for (let b = 0; b <= n; b++) {
    const score = leftSum + rightSum;
    if (score > best) {
      best = score;
      bestLo = b;
      bestHi = b;
    } else if (score === best) {
      bestHi = b;
    }
    const anchor = byIndex.get(b);
    if (anchor) {
      leftSum += vote(anchor, cells[b]);
      rightSum -= vote(anchor, cells[b + d]);
    }
  }
  // Empty cells after the last column are Excel's doing, unless the anchors say the row is shifted.
  if (trailingEmpty && leftSum === best) return { cells: cells.slice(0, n), unplaced: [], trailingEmptyOnly: true };
  const out: string[] = new Array<string>(n);
  const unplaced: string[] = [];
  for (let k = 0; k < n; k++) {
    const left = k < m ? cells[k] : '';
    const right = k + d >= 0 && k + d < m ? cells[k + d] : '';
    if (k < bestLo) out[k] = left;
    else if (k >= bestHi) out[k] = right;
    else if (left.trim() === right.trim()) out[k] = left;
    else {
      out[k] = '';
      unplaced.push(header[k]);
    }
  }
  return { cells: out, unplaced, trailingEmptyOnly: false };
}
