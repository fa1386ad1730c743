import { describe, expect, it } from 'vitest';
import { validatePeriods } from './analysis-evolution';

describe('validatePeriods', () => {
  it('accepts ordered, non-overlapping periods and explains the rest', () => {
    expect(() => validatePeriods([{ from: 2010, to: 2014 }, { from: 2015, to: 2020 }])).not.toThrow();
    expect(() => validatePeriods([{ from: 2010, to: 2014 }])).toThrow(/at least two/);
    expect(() => validatePeriods([{ from: 2014, to: 2010 }, { from: 2015, to: 2020 }])).toThrow(/Period 1/);
    expect(() => validatePeriods([{ from: 2010, to: 2015 }, { from: 2015, to: 2020 }])).toThrow(/start after period 1/);
  });
});
