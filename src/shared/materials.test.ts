import { describe, expect, it } from 'vitest';
import { extensionOf, formatOfName, MATERIAL_ACCEPT, materialsNoticeText } from './materials';

describe('materials', () => {
  it('reads the format a name claims, whatever its case', () => {
    expect(formatOfName('会议议程.PDF')).toBe('pdf');
    expect(formatOfName('deck.final.pptx')).toBe('pptx');
    expect(formatOfName('notes.txt')).toBeNull();
    expect(formatOfName('README')).toBeNull();
    expect(extensionOf('a.tar.gz')).toBe('gz');
    expect(MATERIAL_ACCEPT.split(',')).toEqual(expect.arrayContaining(['.pdf', '.docx', '.doc', '.pptx', '.ppt', '.xlsx']));
  });

  it('words the notice\'s {{materials}} in either language', () => {
    expect(materialsNoticeText(['会议议程', '专题汇报'], 'zh-CN')).toBe('《会议议程》《专题汇报》，请通过回执链接查看下载');
    expect(materialsNoticeText([], 'zh-CN')).toBe('无');
    expect(materialsNoticeText(['Agenda', 'Report'], 'en')).toBe('"Agenda", "Report"; view and download them through your personal link');
    expect(materialsNoticeText([], 'en')).toBe('none');
  });
});
