import { describe, expect, it } from 'vitest';
import { reasonPhrase } from './reason-phrases';

describe('reasonPhrase', () => {
  it('uses the RFC 9110 phrases', () => {
    expect(reasonPhrase(413)).toBe('Content Too Large');
    expect(reasonPhrase(422)).toBe('Unprocessable Content');
    expect(reasonPhrase(507)).toBe('Insufficient Storage');
    expect(reasonPhrase(503)).toBe('Service Unavailable');
  });

  it('prefers the phrase the response brought, and is empty for unknown statuses', () => {
    expect(reasonPhrase(200, 'Fine')).toBe('Fine');
    expect(reasonPhrase(299)).toBe('');
  });
});
