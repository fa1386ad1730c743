import { describe, expect, it } from 'vitest';
import { isCompanySuffix, splitParties } from './company-names';
import { isGrantKind, parsePublicationNumber, splitPriorityNumber } from './publication-number';

describe('parsePublicationNumber', () => {
  it('reads Lens, Google and compact numbers', () => {
    expect(parsePublicationNumber('US 9833479 B2')).toEqual({ jurisdiction: 'US', number: '9833479', kind: 'B2' });
    expect(parsePublicationNumber('WO 2008/012345 A1')).toEqual({ jurisdiction: 'WO', number: '2008/012345', kind: 'A1' });
    expect(parsePublicationNumber('US-2017123456-A1')).toEqual({ jurisdiction: 'US', number: '2017123456', kind: 'A1' });
    expect(parsePublicationNumber('BR-PI0800123-A')).toEqual({ jurisdiction: 'BR', number: 'PI0800123', kind: 'A' });
    expect(parsePublicationNumber('US2017123456A1')).toEqual({ jurisdiction: 'US', number: '2017123456', kind: 'A1' });
    expect(parsePublicationNumber('EP 1234567')).toEqual({ jurisdiction: 'EP', number: '1234567' });
  });
  it('returns undefined for values that are not publication numbers', () => {
    for (const value of ['', 'hello', '9833479', 'USA 12 B2']) expect(parsePublicationNumber(value)).toBeUndefined();
  });
});

describe('splitPriorityNumber', () => {
  it('separates the date older Lens exports append', () => {
    expect(splitPriorityNumber('US 60123456 A 20061219')).toEqual({ number: 'US 60123456 A', date: '2006-12-19' });
    expect(splitPriorityNumber('US 201462030942 P')).toEqual({ number: 'US 201462030942 P' });
    expect(splitPriorityNumber('US 60123456 A 20061399')).toEqual({ number: 'US 60123456 A 20061399' });
  });
});

describe('isGrantKind', () => {
  it('treats B kinds as grants', () => {
    expect(['B', 'B1', 'B2', 'b2'].map(isGrantKind)).toEqual([true, true, true, true]);
    expect(['A1', 'A', 'U', '', undefined, 'BX'].map(isGrantKind)).toEqual([false, false, false, false, false, false]);
  });
});

describe('company suffixes', () => {
  it('recognises legal forms alone and combined', () => {
    for (const token of ['Inc.', 'Inc', 'LLC', 'Llc', 'L.L.C.', 'Ltd.', 'Ltd', 'Limited', 'Co.', 'Corp.', 'Corporation', 'GmbH', 'S.A.', 'SA', 'S.p.A.', 'AG', 'B.V.', 'N.V.', 'plc', 'LP', 'L.P.', 'KG', 'S.A.S.', 'Ltda', 'Ltda.', 'S/A', 'Eireli', 'ME', 'Jr.', 'S.A. De C.V.', 'GmbH & Co. KG', 'Ltda - ME', 'Ltda Epp']) {
      expect(isCompanySuffix(token), token).toBe(true);
    }
    for (const token of ['Acme', 'Mathieul Lefebvre', 'Sanchez', 'Co Brasileira De Tratores', 'Ltda Brasil', 'Incorporeal', '']) {
      expect(isCompanySuffix(token), token).toBe(false);
    }
  });

  it('re-joins legal forms with the name before them', () => {
    expect(splitParties('Acme Battery, Inc.')).toEqual(['Acme Battery, Inc.']);
    expect(splitParties('Air Products And Chemicals, Inc., Evonik Fibres Gmbh')).toEqual(['Air Products And Chemicals, Inc.', 'Evonik Fibres Gmbh']);
    expect(splitParties('Shenzhen Example Tech Co., Ltd., Jane Roe')).toEqual(['Shenzhen Example Tech Co., Ltd.', 'Jane Roe']);
    expect(splitParties('Grupo Rotoplas, S.A. De C.V.')).toEqual(['Grupo Rotoplas, S.A. De C.V.']);
    expect(splitParties('Exemplo Engenharia, Ltda, Banco Exemplo, S/A')).toEqual(['Exemplo Engenharia, Ltda', 'Banco Exemplo, S/A']);
    expect(splitParties('John Smith, Jr., Mary Major')).toEqual(['John Smith, Jr.', 'Mary Major']);
  });

  it('keeps the long legal names Brazilian and French records split with a comma', () => {
    expect(splitParties("L'air Liquide, Société Anonyme Pour L'etude Et L'exploitation Des Procedes Georges Claude")).toHaveLength(1);
    expect(splitParties('Universidade Federal Fluminense, Instituto Federal De Educação, Ciência E Tecnologia Do Rio De Janeiro - Ifrj')).toEqual([
      'Universidade Federal Fluminense',
      'Instituto Federal De Educação, Ciência E Tecnologia Do Rio De Janeiro - Ifrj',
    ]);
  });

  it('splits plain person lists and drops empty items', () => {
    expect(splitParties('Jan Bach, Jorg Burgstaler, , Denny Wiedow')).toEqual(['Jan Bach', 'Jorg Burgstaler', 'Denny Wiedow']);
    expect(splitParties('')).toEqual([]);
    expect(splitParties('Inc.')).toEqual(['Inc.']);
  });
});
