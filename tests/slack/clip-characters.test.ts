// Slack counts a text's length in characters: an emoji is one, and a cut never splits one.
import { describe, expect, it } from 'vitest';
import { clip, length } from '../../src/slack/limits.js';

describe('cutting text to a Slack limit', () => {
  it('counts an emoji as one character, so a text of emoji within the limit is left whole', () => {
    const cheers = '🎉'.repeat(10);
    expect(cheers.length).toBe(20);
    expect(length(cheers)).toBe(10);
    expect(length('Æøå')).toBe(3);
    expect(clip(cheers, 10)).toBe(cheers);
  });

  it('cuts at a character, never inside an emoji, and ends with an ellipsis', () => {
    const cut = clip(`ab${'🎉'.repeat(10)}`, 5);
    expect(cut).toBe('ab🎉🎉…');
    expect([...cut]).toHaveLength(5);
    expect(clip('abcdefgh', 5)).toBe('abcd…');
    expect(clip('abcde', 5)).toBe('abcde');
  });
});
