import { describe, expect, it } from 'vitest';
import { jsonScriptText } from './json-script';

describe('jsonScriptText', () => {
  it('cannot close its script element, and parses back to the same value', () => {
    const value = { title: '</script><script>alert(1)</script>', note: '<!-- x', text: 'a < b \u2028' };
    const text = jsonScriptText(value);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(value);
  });
});
