import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { sdkLogger } from '../../src/teams/sdk-logger.js';

describe('the Teams SDK logging through ours', () => {
  it('writes what its level lets through, masked, and does not even describe the rest', () => {
    const lines: string[] = [];
    const log = sdkLogger(createLogger('info', (line) => lines.push(line))).child('http');
    let described = 0;
    const activity = {
      toJSON: () => {
        described += 1;
        return { from: { id: '29:1olaXYZabc' } };
      },
    };
    log.debug('activity', activity);
    expect(described).toBe(0);
    log.info('activity', activity);
    expect(described).toBe(1);
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0] as string) as { level: string; msg: string };
    expect(line.level).toBe('info');
    expect(line.msg).toContain('[teams/http] activity');
    // A Teams user id never reaches the log as it is.
    expect(line.msg).not.toContain('29:1olaXYZabc');
  });

  it('describes everything for a logger that cannot tell its level', () => {
    const seen: string[] = [];
    const plain = { debug: (m: string) => seen.push(m), info() {}, warn() {}, error() {} };
    sdkLogger(plain).debug('hello', { n: 1 });
    expect(seen).toEqual(['[teams] hello [body left out]']);
  });
});
