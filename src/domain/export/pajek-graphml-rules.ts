/**
 * Test support, used by tests only: strict validity checks for the Pajek and GraphML files we
 * write, independent of our readers (which are tolerant on purpose). Each returns the first
 * problem as a sentence, or null.
 */

const NUMBER = '-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?';
const VERTEX = new RegExp(`^(\\d+) "([^"\\r\\n\\t]*)" (${NUMBER}) (${NUMBER}) (${NUMBER})$`);
const EDGE = new RegExp(`^(\\d+) (\\d+) (${NUMBER})$`);

/**
 * A Pajek `.net` network as Pajek reads it: `*Vertices n`, then vertices 1..n in order, each with a
 * double-quoted label free of quotes, tabs and line breaks and three finite coordinates, then
 * `*Edges` and `from to weight` lines between existing vertices with a finite weight; CRLF line ends.
 */
export function pajekProblem(text: string): string | null {
  if (!text.endsWith('\r\n')) return 'The file does not end with CRLF.';
  const lines = text.slice(0, -2).split('\r\n');
  if (lines.some((line) => /[\r\n]/.test(line))) return 'A line break other than CRLF is in the file.';
  const count = /^\*Vertices (\d+)$/.exec(lines[0] ?? '');
  if (!count) return `The first line "${lines[0]}" is not "*Vertices n".`;
  const n = Number(count[1]);
  for (let k = 1; k <= n; k++) {
    const match = VERTEX.exec(lines[k] ?? '');
    if (!match) return `Vertex line ${k + 1} "${lines[k]}" is not: number "label" x y z.`;
    if (Number(match[1]) !== k) return `Vertex line ${k + 1} has number ${match[1]} where ${k} is due.`;
    if (![match[3], match[4], match[5]].every((value) => Number.isFinite(Number(value)))) return `Vertex ${k} has a coordinate that is not finite.`;
  }
  if (lines[n + 1] !== '*Edges') return `Line ${n + 2} is "${lines[n + 1]}" where "*Edges" is due.`;
  for (let k = n + 2; k < lines.length; k++) {
    const match = EDGE.exec(lines[k]);
    if (!match) return `Edge line ${k + 1} "${lines[k]}" is not: from to weight.`;
    const [from, to] = [Number(match[1]), Number(match[2])];
    if (from < 1 || from > n || to < 1 || to > n) return `Edge line ${k + 1} joins a vertex outside 1..${n}.`;
    if (!Number.isFinite(Number(match[3]))) return `Edge line ${k + 1} has a weight that is not finite.`;
  }
  return null;
}

const NAME = /^[A-Za-z_:][\w.:-]*$/;
// Code points XML 1.0 allows (its `Char` production); a lone surrogate is never allowed.
const FORBIDDEN_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const REFERENCE = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;

/** Text or an attribute value: `&` only in references, no `<`. */
const badCharacterData = (text: string): boolean => text.replace(REFERENCE, '').includes('&') || text.includes('<');

/**
 * Whether a text is a well-formed XML 1.0 document of the shape we write: an XML declaration, one
 * root element, elements properly nested, attributes double-quoted and unique per element, `&` and
 * `<` escaped, only characters XML allows. Stricter than XML where we can afford it: no DTDs or
 * CDATA, and no raw `>` inside attribute values (we write none of these).
 */
export function xmlProblem(text: string): string | null {
  if (!text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')) return 'The XML declaration is missing.';
  if (FORBIDDEN_CHAR.test(text)) return 'The text holds a character XML 1.0 does not allow.';
  const open: string[] = [];
  let roots = 0;
  let pos = 0;
  while (pos < text.length) {
    const lt = text.indexOf('<', pos);
    const between = text.slice(pos, lt === -1 ? text.length : lt);
    if (badCharacterData(between) || between.includes(']]>')) return `Unescaped text "${between.slice(0, 40)}".`;
    if (open.length === 0 && between.trim() !== '') return `Text "${between.trim().slice(0, 40)}" outside the root element.`;
    if (lt === -1) break;
    if (text.startsWith('<?', lt) || text.startsWith('<!--', lt)) {
      const end = text.indexOf(text.startsWith('<?', lt) ? '?>' : '-->', lt);
      if (end === -1) return 'A processing instruction or comment is not closed.';
      pos = end + 2;
      continue;
    }
    const gt = text.indexOf('>', lt);
    if (gt === -1) return 'A tag is not closed.';
    const tag = text.slice(lt + 1, gt);
    pos = gt + 1;
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      if (open.pop() !== name) return `The closing tag </${name}> does not match its opening tag.`;
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const name = /^\S*/.exec(body)?.[0] ?? '';
    if (!NAME.test(name)) return `"${name}" is not an element name.`;
    const seen = new Set<string>();
    const rest = body.slice(name.length).replace(/\s+([^\s=]+)\s*=\s*"([^"]*)"/g, (_, attribute: string, value: string) => {
      if (!NAME.test(attribute) || seen.has(attribute) || badCharacterData(value)) seen.add('\u0000bad');
      seen.add(attribute);
      return '';
    });
    if (seen.has('\u0000bad') || rest.trim() !== '') return `The attributes of <${name}> are malformed or repeated.`;
    if (open.length === 0 && ++roots > 1) return 'There is more than one root element.';
    if (!selfClosing) open.push(name);
  }
  if (open.length > 0) return `<${open[open.length - 1]}> is not closed.`;
  return roots === 1 ? null : 'There is no root element.';
}
