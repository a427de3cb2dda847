import { describe, expect, it } from 'vitest';
import { compareNames, orderBlocks, pinyinKey, strokeKey } from './seating-order';

describe('ordering names for 座次', () => {
  it('keys each character by its stroke count, then its strokes as 横1 竖2 撇3 点4 折5; leaves String.prototype alone', () => {
    // 王: 横 横 竖 横. 丁: 横 竖钩(→竖). 马: 横折 竖折折钩 提(→横). 人: 撇 捺(→点).
    expect(strokeKey('王')).toEqual([4, 1, 1, 2, 1]);
    expect(strokeKey('丁马')).toEqual([2, 1, 2, 3, 5, 5, 1]);
    expect(strokeKey('人')).toEqual([2, 3, 4]);
    // 财 7, 政 9, 部 10 strokes: each count followed by that many shapes.
    const key = strokeKey('财政部');
    expect([key.length, key[0], key[8], key[18]]).toEqual([3 + 7 + 9 + 10, 7, 9, 10]);
    expect(strokeKey('A部')[0]).toBeGreaterThan(1000);
    expect((String.prototype as unknown as Record<string, unknown>).stroke).toBeUndefined();
    expect(pinyinKey('北京')).toBe('bei3 jing1');
  });

  it('by strokes (笔画): fewer strokes first, equal counts by the shapes 横竖撇点折, then the next character; the same strokes by pinyin', () => {
    const units = ['财政部', '人力资源部', '工业和信息化部', '王府井集团', '中国人民银行', '上海分公司'];
    // 人 2 · 工 3 (横 first) · 上 3 (竖 first) · 王 4 (横 first) · 中 4 (竖 first) · 财 7.
    expect(orderBlocks(units, { blockOrder: 'strokes', blockList: [] })).toEqual(['人力资源部', '工业和信息化部', '上海分公司', '王府井集团', '中国人民银行', '财政部']);
    // Surnames of two and of four strokes, each group by the first stroke: 横 竖 撇 点 折.
    const surnames = ['刁', '人', '卜', '丁', '孔', '方', '毛', '王'];
    expect([...surnames].sort((a, b) => compareNames(a, b, 'strokes'))).toEqual(['丁', '卜', '人', '刁', '王', '毛', '方', '孔']);
    // The same surname: the given name decides, by the same rule (王一 < 王二: 1 stroke < 2).
    expect(['王二', '王一'].sort((a, b) => compareNames(a, b, 'strokes'))).toEqual(['王一', '王二']);
    // Same strokes throughout: pinyin decides (田 and 由 are both 竖 横折 横 竖 横).
    expect(orderBlocks(['由', '田'], { blockOrder: 'strokes', blockList: [] })).toEqual(['田', '由']);
    expect(compareNames('王', '王', 'strokes')).toBe(0);
  });

  it('by pinyin, and by the organiser’s list with the rest after it by strokes; no unit is last', () => {
    const units = ['中国人民银行', '', '北京大学', '安徽省政府', '财政部'];
    expect(orderBlocks(units, { blockOrder: 'pinyin', blockList: [] })).toEqual(['安徽省政府', '北京大学', '财政部', '中国人民银行', '']);
    expect(orderBlocks(units, { blockOrder: 'list', blockList: ['财政部', '北京大学', '不在会上'] })).toEqual(['财政部', '北京大学', '中国人民银行', '安徽省政府', '']);
  });
});
