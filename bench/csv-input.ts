/** A CSV export's data rows `times` over under its one header line (BOM dropped, line breaks kept as the file has them). */
export function repeatCsv(text: string, times: number): string {
  const body = text.replace(/^\uFEFF/, '');
  const headerEnd = body.indexOf('\n') + 1;
  const header = body.slice(0, headerEnd);
  const newline = header.endsWith('\r\n') ? '\r\n' : '\n';
  const data = body.slice(headerEnd).replace(/\s+$/, newline);
  return header + data.repeat(times);
}
