import { describe, expect, it } from 'vitest';
import { didYouMean } from './did-you-mean';

describe('didYouMean', () => {
  it('names the closest candidate when it is a likely typo, a swap or a rename in case', () => {
    expect(didYouMean('listBook', ['listBooks', 'getBook'])).toBe('listBooks');
    expect(didYouMean('Thingz', ['Thing', 'Other'])).toBe('Thing');
    expect(didYouMean('getign-started', ['getting-started', 'errors'])).toBe('getting-started');
    expect(didYouMean('ERRORS', ['errors'])).toBe('errors');
  });

  it('guesses nothing when nothing is close', () => {
    expect(didYouMean('webhooks', ['authentication', 'errors'])).toBeUndefined();
    expect(didYouMean('x', [])).toBeUndefined();
  });
});
