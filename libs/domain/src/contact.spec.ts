import { isPlausibleName, normalizeName, parseCardNumber, parseMobile } from './contact';
import {
  maskCardNumber,
  maskDigitRuns,
  maskMobile,
  maskName,
  maskNationalId,
  scrubPersonalData,
} from './masking';

describe('contact data', () => {
  it('parses mainland mobiles with prefixes and separators', () => {
    expect(parseMobile('13812345678')).toBe('13812345678');
    expect(parseMobile('+86 138-1234-5678')).toBe('13812345678');
    expect(parseMobile('008613812345678')).toBe('13812345678');
    expect(parseMobile('12812345678')).toBeNull();
    expect(parseMobile('1381234567')).toBeNull();
    expect(parseMobile('138123456789')).toBeNull();
  });

  it('normalises names: full-width to half-width, spaces removed, dots unified', () => {
    expect(normalizeName(' 张　三 ')).toBe('张三');
    expect(normalizeName('Ｊｏｈｎ Smith')).toBe('JOHNSMITH');
    expect(normalizeName('买买提•艾力')).toBe('买买提·艾力');
    expect(normalizeName('买买提・艾力')).toBe(normalizeName('买买提·艾力'));
    expect(isPlausibleName('张三')).toBe(true);
    expect(isPlausibleName('张3')).toBe(false);
    expect(isPlausibleName('·张')).toBe(false);
    expect(isPlausibleName('')).toBe(false);
  });

  it('parses card numbers', () => {
    expect(parseCardNumber(' a1234567 ')).toBe('A1234567');
    expect(parseCardNumber('12-34')).toBeNull();
  });

  it('masks identifiers', () => {
    expect(maskNationalId('11010519491231002X')).toBe('110***********002X');
    expect(maskMobile('13812345678')).toBe('138****5678');
    expect(maskCardNumber('A1234567')).toBe('****4567');
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧**娜');
    expect(maskName('李')).toBe('*');
  });

  it('scrubs identifiers from free text', () => {
    const line = 'patient 11010519491231002X called from 13812345678 about 2026-11-26';
    const scrubbed = scrubPersonalData(line);
    expect(scrubbed).not.toContain('11010519491231002X');
    expect(scrubbed).not.toContain('13812345678');
    expect(scrubbed).toContain('110***********002X');
    expect(scrubbed).toContain('138****5678');
    expect(scrubbed).toContain('2026-11-26');
  });
});

describe('maskDigitRuns (reasons typed by people)', () => {
  it('masks mobile- and ID-number-like runs, whatever the separators or digit width', () => {
    expect(maskDigitRuns('call 13812345678 please')).toBe('call 138****5678 please');
    expect(maskDigitRuns('ID 11010519491231002X lost')).toBe('ID 110***********002X lost');
    expect(maskDigitRuns('+86 138-1234-5678')).toBe('+86 1**-****-5678');
    expect(maskDigitRuns('ID 110105 1949 1231 002x')).toBe('ID 110*** **** **** 002x');
    expect(maskDigitRuns('１３８１２３４５６７８')).toBe('１３８****５６７８');
    expect(maskDigitRuns('old ID 110105491231002')).toBe('old ID 110********1002');
  });

  it('leaves shorter numbers, dates and times alone', () => {
    for (const text of ['room 312, number 4', '2026-11-27 08:30', 'ext. 8812345', '1234567890'])
      expect(maskDigitRuns(text)).toBe(text);
  });

  it('leaves no run of 11 digits behind', () => {
    const masked = maskDigitRuns('a 13812345678 b 11010519491231002X c 1 3 8 1 2 3 4 5 6 7 8');
    expect(masked.replace(/[\s-]/g, '')).not.toMatch(/\d{8}/);
  });
});
