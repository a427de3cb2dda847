import { describe, expect, it } from 'vitest';
import { formatSize } from './size';

describe('formatSize', () => {
  it('shows sizes as people read them', () => {
    expect(formatSize(10)).toBe('1 KB');
    expect(formatSize(312 * 1024)).toBe('312 KB');
    expect(formatSize(4.2 * 1024 * 1024)).toBe('4.2 MB');
  });
});
