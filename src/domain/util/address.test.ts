import { describe, expect, it } from 'vitest';
import { canonicalCountry, parseAffiliation } from './address';

describe('parseAffiliation', () => {
  it('reads WoS C1 addresses (organisation first, bracketed authors removed)', () => {
    expect(parseAffiliation('[Smith, John; Doe, Jane] Univ Cape Town, Dept Phys, ZA-7700 Cape Town, South Africa.')).toEqual({
      raw: '[Smith, John; Doe, Jane] Univ Cape Town, Dept Phys, ZA-7700 Cape Town, South Africa.',
      institution: 'Univ Cape Town',
      country: 'South Africa',
    });
    expect(parseAffiliation('Harvard Univ, Cambridge, MA 02138 USA.').country).toBe('USA');
    expect(parseAffiliation('Tsinghua Univ, Beijing 100084, Peoples R China.').country).toBe('China');
    expect(parseAffiliation('Univ Oxford, Oxford OX1 2JD, England.').country).toBe('United Kingdom');
  });

  it('picks the organisation in department-first addresses (Scopus, PubMed)', () => {
    expect(parseAffiliation('Department of Physics, University of Tokyo, Tokyo, Japan', false)).toMatchObject({ institution: 'University of Tokyo', country: 'Japan' });
    expect(parseAffiliation('College of Mechanical and Electronic Engineering, Wuhan Donghu University, Wuhan, China', false).institution).toBe('Wuhan Donghu University');
    expect(parseAffiliation('Mayo Clinic College of Medicine, Rochester, MN, United States', false).institution).toBe('Mayo Clinic College of Medicine');
  });

  it('leaves unknown countries empty instead of guessing', () => {
    expect(parseAffiliation('Somewhere Inst, Atlantis').country).toBeUndefined();
    expect(canonicalCountry('Korea, Republic of')).toBe('South Korea');
    expect(canonicalCountry('South Korea')).toBe('South Korea');
  });
});
