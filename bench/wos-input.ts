/** The WoS plain-text benchmark input: a real export repeated, each copy's references made distinct. */

/**
 * The real export's records `times` over, each copy's cited references made distinct (surnames,
 * sources, volumes, pages and DOIs get a per-copy mark) so that the parser's caches of recurring
 * reference fields meet the recurrence of one real export, not 15 copies of the same one.
 */
export function repeatWos(text: string, times: number): string {
  const body = text.replace(/^\uFEFF/, '');
  const start = body.indexOf('\nPT ') + 1;
  const end = body.lastIndexOf('\nEF');
  const records = body.slice(start, end > 0 ? end : undefined).replace(/\s+$/, '\n\n');
  const copies: string[] = [];
  for (let k = 0; k < times; k++) copies.push(k === 0 ? records : markReferences(records, k));
  return `FN Clarivate Analytics Web of Science\nVR 1.0\n${copies.join('')}EF\n`;
}

function markReferences(records: string, k: number): string {
  const mark = String.fromCharCode(65 + (k % 26)) + String.fromCharCode(65 + Math.floor(k / 26));
  const lines = records.split('\n');
  let inCr = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith('CR ')) inCr = true;
    else if (!line.startsWith('   ')) inCr = false;
    if (!inCr) continue;
    lines[i] =
      line.slice(0, 3) +
      line
        .slice(3)
        .replace(/^([^\s,]+)/, `$1${mark}`)
        .replace(/^([^,]*, \d{4}, )([^,]+)/, `$1$2 ${mark}`)
        .replace(/, V(\d+)/, (_m, v: string) => `, V${Number(v) + k * 1000}`)
        .replace(/, P(\d+)/, (_m, p: string) => `, P${Number(p) + k * 100000}`)
        .replace(/(DOI 10\.\S+?)(,|\]|$)/g, `$1.${mark.toLowerCase()}$2`);
  }
  return lines.join('\n');
}
