import { describe, expect, it } from 'vitest';
import { createProgressReporter } from './progress-reporter';
import type { ImportProgress } from './workspace-types';

describe('createProgressReporter', () => {
  it('throttles repeated progress of one phase but always passes phase changes', () => {
    let now = 0;
    const seen: ImportProgress[] = [];
    const report = createProgressReporter((progress) => seen.push(progress), 100, () => now);
    const at = (time: number, phase: ImportProgress['phase'], done: number) => {
      now = time;
      report({ fileIndex: 0, file: 'a', phase, done, total: 10 });
    };
    at(0, 'parsing', 1);
    at(50, 'parsing', 2);
    at(120, 'parsing', 3);
    at(130, 'done', 10);
    expect(seen.map((progress) => progress.done)).toEqual([1, 3, 10]);
  });
});
