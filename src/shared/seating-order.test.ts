import { describe, expect, it } from 'vitest';
import { compareNames, orderBlocks, pinyinKey, strokeKey } from './seating-order';

describe('ordering names for 座次', () => {
  it('counts strokes per character and leaves String.prototype alone', () => {
    expect(strokeKey('王')).toEqual([4]);
    expect(strokeKey('财政部')).toEqual([7, 9, 10]);
    expect(strokeKey('A部')[0]).toBeGreaterThan(1000);
    expect((String.prototype as unknown as Record<string, unknown>).stroke).toBeUndefined();
    expect(pinyinKey('北京')).toBe('bei3 jing1');
  });

  it('by strokes (笔画): first character first, then the next; equal counts by pinyin', () => {
    const units = ['财政部', '人力资源部', '工业和信息化部', '王府井集团', '中国人民银行', '上海分公司'];
    // 人 2 · 工 3 · 上 3 · 中 4 · 王 4 · 财 7; 工 vs 上 (3 = 3): 业 5 < 海 10; 中国人 vs 王府井: 4 = 4, 8 = 8, 人 2 < 井 4.
    expect(orderBlocks(units, { blockOrder: 'strokes', blockList: [] })).toEqual(['人力资源部', '工业和信息化部', '上海分公司', '中国人民银行', '王府井集团', '财政部']);
    // Same strokes throughout: pinyin decides (田 and 由 both 5).
    expect(orderBlocks(['由', '田'], { blockOrder: 'strokes', blockList: [] })).toEqual(['田', '由']);
    expect(compareNames('王', '王', 'strokes')).toBe(0);
  });

  it('by pinyin, and by the organiser’s list with the rest after it by strokes; no unit is last', () => {
    const units = ['中国人民银行', '', '北京大学', '安徽省政府', '财政部'];
    expect(orderBlocks(units, { blockOrder: 'pinyin', blockList: [] })).toEqual(['安徽省政府', '北京大学', '财政部', '中国人民银行', '']);
    expect(orderBlocks(units, { blockOrder: 'list', blockList: ['财政部', '北京大学', '不在会上'] })).toEqual(['财政部', '北京大学', '中国人民银行', '安徽省政府', '']);
  });
});
