import type { ParseIssue, Severity } from '../model';

/**
 * Collects parse issues for one file. The same `code` + `field` seen on many rows is collapsed
 * into one issue that keeps the first line and counts the rest, so a 50,000-row file with one
 * recurring quirk yields one readable line, not 50,000.
 */
export class IssueCollector {
  private readonly byKey = new Map<string, ParseIssue>();
  private readonly order: ParseIssue[] = [];

  constructor(readonly file: string) {}

  add(code: string, severity: Severity, message: string, where: { line?: number; field?: string } = {}): void {
    const key = `${code}\u0000${where.field ?? ''}`;
    const existing = this.byKey.get(key);
    if (existing) {
      existing.count = (existing.count ?? 1) + 1;
      return;
    }
    const issue: ParseIssue = { code, severity, file: this.file, message, ...where };
    this.byKey.set(key, issue);
    this.order.push(issue);
  }

  /** Issues in first-seen order; collapsed ones say how many rows they stand for. */
  list(): ParseIssue[] {
    return this.order.map((issue) =>
      issue.count && issue.count > 1
        ? { ...issue, message: `${issue.message} (seen on ${issue.count} rows; first on line ${issue.line ?? '?'})` }
        : issue,
    );
  }
}
