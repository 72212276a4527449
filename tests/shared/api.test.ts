import { describe, expect, it } from 'vitest';
import { callsByChannel, channelPattern, channels, flattenContract } from '../../src/shared/api';
import { organisationCalls } from '../../src/shared/api/organisations';

describe('the API contract', () => {
  it('names every call domain:verb, once', () => {
    expect(channels.length).toBeGreaterThan(30);
    expect(new Set(channels).size).toBe(channels.length);
    for (const channel of channels) expect(channel, channel).toMatch(channelPattern);
    expect(() => flattenContract({ a: organisationCalls, b: { again: organisationCalls.list } })).toThrow(
      /Duplicate/,
    );
  });

  it('refuses unknown fields on every call', () => {
    for (const [channel, call] of callsByChannel) {
      // The initialise input is a union on `template`; its variants are strict (tested in the workspace service tests).
      const input =
        channel === 'workspace:initialise' ? { template: 'akmola', zzUnknown: 1 } : { zzUnknown: 1 };
      const result = call.input.safeParse(input);
      expect(result.success, channel).toBe(false);
      expect(
        result.error?.issues.some((i) => i.code === 'unrecognized_keys'),
        channel,
      ).toBe(true);
    }
  });
});
