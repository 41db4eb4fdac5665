import { buildNationalId } from '@app/domain';

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力';

/** A distinct, valid patient for index i (national ID checksum correct, mobile well formed). */
export function testPatient(
  i: number,
  salt = 0,
): { name: string; documentType: 'NATIONAL_ID'; documentNo: string; mobile: string } {
  const n = i + salt * 100_000;
  const name =
    SURNAMES[n % SURNAMES.length] +
    GIVEN[Math.floor(n / SURNAMES.length) % GIVEN.length] +
    GIVEN[(n * 7) % GIVEN.length];
  const year = 1950 + (n % 60);
  const day = 1 + (n % 28);
  const birth = `${year}${String(1 + (Math.floor(n / 28) % 12)).padStart(2, '0')}${String(day).padStart(2, '0')}`;
  const region = String(110101 + (Math.floor(n / 1000) % 900));
  return {
    name,
    documentType: 'NATIONAL_ID',
    documentNo: buildNationalId(region, birth, n % 1000),
    mobile: `139${String(10_000_000 + (n % 89_999_999)).padStart(8, '0')}`,
  };
}
