import { isPlausibleName, normalizeName, parseCardNumber, parseMobile } from './contact';
import { maskCardNumber, maskMobile, maskName, maskNationalId, scrubPersonalData } from './masking';

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
