// The first visit follows the browser's language; a language the app does not speak gets English.
import { describe, expect, it } from 'vitest';
import { langFromBrowser } from '../../i18n/langs';

describe('langFromBrowser', () => {
  it('maps browser tags to the app’s languages', () => {
    expect(langFromBrowser(['en-US', 'ja'])).toBe('en');
    expect(langFromBrowser(['ja-JP'])).toBe('ja');
    expect(langFromBrowser(['vi-VN'])).toBe('vi');
    expect(langFromBrowser(['in-ID'])).toBe('id');
    expect(langFromBrowser(['tl'])).toBe('fil');
    expect(langFromBrowser(['ne-NP'])).toBe('ne');
    expect(langFromBrowser(['my'])).toBe('my');
    expect(langFromBrowser(['zh-CN'])).toBe('zh-Hans');
  });
  it('skips Traditional Chinese and unknown languages to the next, else English; nothing at all is Japanese', () => {
    expect(langFromBrowser(['zh-TW', 'ja'])).toBe('ja');
    expect(langFromBrowser(['th-TH'])).toBe('en');
    expect(langFromBrowser([])).toBe('ja');
  });
});
