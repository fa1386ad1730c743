/**
 * A small, tolerant XML tokenizer for the GraphML subset Meridian writes (elements, attributes,
 * text, CDATA, comments, processing instructions, the five named entities and character
 * references). No DTDs, no namespaces beyond keeping prefixed names. No DOM: the domain runs in
 * workers and Node. Never throws; problems come back with 1-based line numbers.
 */

export type XmlEvent =
  | { kind: 'open'; name: string; attributes: Record<string, string>; selfClosing: boolean; line: number }
  | { kind: 'close'; name: string; line: number }
  | { kind: 'text'; text: string; line: number };

export interface XmlTokens {
  events: XmlEvent[];
  errors: { line: number; message: string }[];
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Replaces entity and character references; unknown or invalid ones are kept as written. */
export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body[0] !== '#') return Object.hasOwn(NAMED, body) ? NAMED[body] : whole;
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Escapes text for element content or a double-quoted attribute; drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    // XML 1.0 cannot hold these control characters even as references.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;');
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Splits XML text into open/close/text events. */
export function tokenizeXml(text: string): XmlTokens {
  const events: XmlEvent[] = [];
  const errors: XmlTokens['errors'] = [];
  let line = 1;
  let counted = 0;
  const lineAt = (pos: number): number => {
    for (let i = counted; i < pos; i++) if (text.charCodeAt(i) === 10) line++;
    counted = Math.max(counted, pos);
    return line;
  };
  let pos = 0;
  while (pos < text.length) {
    const lt = text.indexOf('<', pos);
    const textEnd = lt === -1 ? text.length : lt;
    if (textEnd > pos) events.push({ kind: 'text', text: decodeXmlText(text.slice(pos, textEnd)), line: lineAt(pos) });
    if (lt === -1) break;
    const at = lineAt(lt);
    const skipTo = (terminator: string, what: string): number => {
      const end = text.indexOf(terminator, lt);
      if (end === -1) errors.push({ line: at, message: `${what} is not closed` });
      return end === -1 ? text.length : end + terminator.length;
    };
    if (text.startsWith('<!--', lt)) pos = skipTo('-->', 'A comment');
    else if (text.startsWith('<![CDATA[', lt)) {
      const end = skipTo(']]>', 'A CDATA section');
      events.push({ kind: 'text', text: text.slice(lt + 9, Math.max(lt + 9, end - 3)), line: at });
      pos = end;
    } else if (text.startsWith('<?', lt)) pos = skipTo('?>', 'A processing instruction');
    else if (text.startsWith('<!', lt)) pos = skipTo('>', 'A declaration');
    else {
      // Find the closing '>' outside quoted attribute values.
      let end = lt + 1;
      let quote = '';
      for (; end < text.length; end++) {
        const c = text[end];
        if (quote) {
          if (c === quote) quote = '';
        } else if (c === '"' || c === "'") quote = c;
        else if (c === '>' || c === '<') break;
      }
      if (end >= text.length || text[end] !== '>') {
        errors.push({ line: at, message: 'A tag is not closed with ">"' });
        pos = end;
        continue;
      }
      const inner = text.slice(lt + 1, end);
      pos = end + 1;
      if (inner.startsWith('/')) {
        events.push({ kind: 'close', name: inner.slice(1).trim(), line: at });
        continue;
      }
      const selfClosing = inner.endsWith('/');
      const body = selfClosing ? inner.slice(0, -1) : inner;
      const name = /^[^\s/>]*/.exec(body)?.[0] ?? '';
      if (name === '') {
        errors.push({ line: at, message: 'A tag has no name' });
        continue;
      }
      const attributes = Object.create(null) as Record<string, string>;
      for (const match of body.slice(name.length).matchAll(ATTRIBUTE)) attributes[match[1]] = decodeXmlText(match[2] ?? match[3] ?? '');
      events.push({ kind: 'open', name, attributes, selfClosing, line: at });
    }
  }
  return { events, errors };
}
