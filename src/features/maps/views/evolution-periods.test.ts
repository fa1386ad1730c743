import { describe, expect, it } from 'vitest';
import { defaultCuts, periodsFromCuts } from './evolution-periods';

describe('evolution periods', () => {
  it('splits a range into three periods by default', () => {
    expect(defaultCuts(2015, 2024)).toEqual([2018, 2022]);
    expect(defaultCuts(2020, 2021)).toEqual([2021]);
    expect(defaultCuts(2020, 2020)).toEqual([]);
  });

  it('turns cut years into consecutive periods and rejects bad input', () => {
    expect(periodsFromCuts('2018, 2021', 2015, 2024)).toEqual([{ from: 2015, to: 2017 }, { from: 2018, to: 2020 }, { from: 2021, to: 2024 }]);
    expect(periodsFromCuts('2021 2018', 2015, 2024)).toBeUndefined();
    expect(periodsFromCuts('2015', 2015, 2024)).toBeUndefined();
    expect(periodsFromCuts('x', 2015, 2024)).toBeUndefined();
    expect(periodsFromCuts('', 2015, 2024)).toBeUndefined();
  });
});
