// The desk's search box: names, pinyin initials, phone tails and units, best match first.
import { describe, expect, it } from 'vitest';
import { pinyinInitials } from './pinyin';
import { searchIndex, searchParticipants } from './search';
import { testBundle } from './test-bundle';

const SURNAMES: Record<string, string> = {
  A: '安艾敖', B: '白包鲍毕边卞', C: '曹岑常陈程池崔', D: '戴邓丁董杜段', E: '鄂', F: '范方费冯符傅', G: '甘高葛耿龚古顾关郭',
  H: '韩杭郝何贺洪侯胡华黄霍', J: '姬嵇纪季贾简江姜蒋金靳景', K: '康柯孔寇匡', L: '赖蓝郎劳雷冷黎李厉连梁廖林凌刘龙娄卢鲁陆吕罗骆',
  M: '麻马毛茅梅孟米苗闵明莫穆', N: '倪年聂宁牛钮农', O: '欧', P: '潘庞裴彭皮蒲濮', Q: '戚齐钱强乔秦邱裘屈瞿全', R: '冉饶任荣阮芮',
  S: '沙尚邵申沈盛施石时史舒宋苏孙', T: '谈汤唐陶滕田童涂屠', W: '万汪王危韦卫魏温文翁邬巫吴伍武', X: '奚席夏咸项萧谢辛邢熊徐许宣薛荀',
  Y: '严颜晏杨姚叶易殷尹应尤于余俞虞袁岳云', Z: '臧詹湛张章赵甄郑钟周朱诸祝庄卓宗邹祖左',
};

describe('pinyin initials', () => {
  it('gets the initial of common surnames right', () => {
    for (const [letter, chars] of Object.entries(SURNAMES)) expect(pinyinInitials(chars), letter).toBe(letter.repeat([...chars].length));
  });

  it('keeps Latin letters and digits and drops the rest', () => {
    expect(pinyinInitials('张三')).toBe('ZS');
    expect(pinyinInitials('省发改委（第2处）')).toBe('SFGWD2C');
    expect(pinyinInitials('Anna Li')).toBe('ANNALI');
  });
});

describe('searching the bundle', () => {
  it('finds by name, initials, phone tail and unit, best first', async () => {
    const index = searchIndex((await testBundle()).participants);
    const names = (q: string) => searchParticipants(index, q).map((p) => p.name);
    expect(names('张三')).toEqual(['张三']);
    expect(names('zs')).toEqual(['张三']);
    expect(names('L')).toEqual(['李四']);
    expect(names('5678')).toEqual(['李四']);
    expect(names('78')).toEqual(['李四']);
    expect(names('办公室')).toEqual(['王五', '张三']);
    expect(names('bgs')).toEqual(['王五', '张三']);
    expect(names('  ')).toEqual([]);
    expect(names('赵')).toEqual([]);
  });
});
