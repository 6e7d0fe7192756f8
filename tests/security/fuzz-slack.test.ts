import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  brokenBody,
  CONTENT_TYPES,
  createRng,
  type FuzzRequest,
  inTurn,
  junkString,
  junkValue,
  leakedSecrets,
  notClientErrors,
  oversizedJson,
  type Rng,
  send,
  sendAll,
  statusHistogram,
  tableDigest,
  watchProcess,
} from '../support/fuzz.js';
import { type FuzzApp, startSlackFuzzApp } from '../support/fuzz-apps.js';
import {
  buttonClick,
  commandBody,
  FORM,
  fixture,
  interactionBody,
  SIGNING_SECRET,
  signature,
  text,
  viewSubmission,
} from '../support/slack-requests.js';

// 11 kinds of request, 30 of each.
const REQUESTS = 330;
const now = () => Math.floor(Date.now() / 1000);

type Payload = Record<string, unknown>;

/** Well-formed payloads of every kind Slack sends us; the generator breaks them. */
function validPayloads(): { kind: 'form' | 'interaction' | 'event'; payload: Payload }[] {
  return [
    { kind: 'form', payload: Object.fromEntries(new URLSearchParams(commandBody({ text: 'help' }))) },
    { kind: 'interaction', payload: buttonClick('UFUZZ', 'CPULSE', 'kp_pulse_vote', 'pulse_x|q|3') },
    { kind: 'interaction', payload: viewSubmission('UFUZZ', 'kp_form_story', { title: text('x') }) },
    { kind: 'interaction', payload: fixture('slack-message-shortcut') },
    { kind: 'event', payload: fixture('slack-app-home-opened') },
    { kind: 'event', payload: fixture('slack-thread-reply') },
  ];
}

const encode = (kind: 'form' | 'interaction' | 'event', payload: Payload) =>
  kind === 'form'
    ? new URLSearchParams(
        Object.entries(payload).filter((e): e is [string, string] => typeof e[1] === 'string'),
      ).toString()
    : kind === 'interaction'
      ? interactionBody(payload)
      : JSON.stringify(payload);

/** A copy that is certainly not a payload we handle: a required part removed or of the wrong type. */
function malformed(rng: Rng, payload: Payload, form: boolean): Payload {
  const copy = structuredClone(payload);
  const required = [
    'type',
    'user',
    'user_id',
    'command',
    'actions',
    'view',
    'event',
    'callback_id',
    'channel_id',
  ];
  const present = required.filter((key) => key in copy);
  const key = rng.pick(present.length > 0 ? present : required);
  // Other text in place of a text field (a callback_id no listener knows) is a well-formed payload, acknowledged.
  const wrong = [null, 42, '', [], true, ...(typeof copy[key] === 'string' ? [] : [junkString(rng, 20)])];
  // A slash command is form-encoded: every value arrives as text, so only an empty or missing one is wrong.
  if (form) copy[key] = rng.chance(0.5) ? '' : undefined;
  else if (rng.chance(0.4)) delete copy[key];
  else copy[key] = key === 'type' ? `x_${junkString(rng, 12)}` : rng.pick(wrong);
  // A type that stays valid must lose what that type needs.
  if (key === 'type' && 'command' in copy) delete copy.command;
  return copy;
}

function generate(rng: Rng): FuzzRequest[] {
  const bases = validPayloads();
  const requests: FuzzRequest[] = [];
  const nextCase = inTurn(11);
  for (let i = 0; i < REQUESTS; i++) {
    const { kind, payload } = rng.pick(bases);
    const contentType = kind === 'event' ? 'application/json' : FORM;
    const valid = encode(kind, payload);
    const ts = now();
    const signed = (body: string, type = contentType, at = ts) => ({
      'content-type': type,
      'x-slack-request-timestamp': String(at),
      'x-slack-signature': signature(body, at),
    });
    const base = { method: 'POST' as const, path: '/slack/events' };
    switch (nextCase()) {
      case 0: {
        const hex = Array.from({ length: 64 }, () => '0123456789abcdef'[rng.int(16)]).join('');
        requests.push({
          ...base,
          label: 'bad signature',
          body: valid,
          headers: { ...signed(valid), 'x-slack-signature': `v0=${hex}` },
        });
        break;
      }
      case 1:
        requests.push({
          ...base,
          label: 'stale timestamp',
          body: valid,
          headers: signed(valid, contentType, ts - 301 - rng.int(1e6)),
        });
        break;
      case 2: {
        const other = encode(kind, { ...payload, token: junkString(rng, 30) });
        requests.push({ ...base, label: 'signature for another body', body: valid, headers: signed(other) });
        break;
      }
      case 3: {
        const headers: Record<string, string> = { 'content-type': contentType };
        if (rng.chance(0.5)) headers['x-slack-signature'] = junkString(rng, 80).replace(/[^\x20-\x7e]/g, '');
        if (rng.chance(0.5))
          headers['x-slack-request-timestamp'] = rng.pick(['', 'abc', '-1', '1e99', String(ts + 0.5)]);
        requests.push({ ...base, label: 'missing or junk headers', body: valid, headers });
        break;
      }
      case 4: {
        const body = valid;
        const wrongSecret = signature(body, ts, `${SIGNING_SECRET}x`);
        requests.push({
          ...base,
          label: 'signed with another secret',
          body,
          headers: { ...signed(body), 'x-slack-signature': wrongSecret },
        });
        break;
      }
      case 5: {
        const body = oversizedJson(rng);
        requests.push({
          ...base,
          label: 'oversized (2 MB), signed',
          body,
          headers: signed(body, 'application/json'),
        });
        break;
      }
      case 6: {
        const type = rng.pick(
          CONTENT_TYPES.filter((t) => t !== 'application/json' && !t.startsWith('application/x-www')),
        );
        requests.push({
          ...base,
          label: `wrong content type ${type}, signed`,
          body: valid,
          headers: signed(valid, type),
        });
        break;
      }
      case 7: {
        const body = brokenBody(rng, kind === 'event' ? valid : JSON.stringify(payload));
        requests.push({
          ...base,
          label: 'broken JSON, signed',
          body,
          headers: signed(body, 'application/json'),
        });
        break;
      }
      case 8: {
        const body = encode(kind, malformed(rng, payload, kind === 'form'));
        requests.push({ ...base, label: 'wrongly typed payload, signed', body, headers: signed(body) });
        break;
      }
      case 9: {
        const body = rng.chance(0.5)
          ? JSON.stringify(junkValue(rng, 3))
          : `payload=${encodeURIComponent(JSON.stringify(junkValue(rng, 3)))}`;
        requests.push({
          ...base,
          label: 'junk value, signed',
          body,
          headers: signed(body, body.startsWith('payload') ? FORM : 'application/json'),
        });
        break;
      }
      default: {
        const body = brokenBody(rng, valid);
        requests.push({
          ...base,
          label: 'junk, unsigned',
          body,
          headers: { 'content-type': rng.pick(CONTENT_TYPES) },
        });
      }
    }
  }
  return requests;
}

let f: FuzzApp;
beforeAll(async () => {
  f = await startSlackFuzzApp();
});
afterAll(async () => {
  await f?.close();
});

describe('POST /slack/events under fuzzing', () => {
  it(`answers ${REQUESTS} malformed, oversized and wrongly signed requests with 4xx, writes nothing, logs no secret`, async () => {
    const watch = watchProcess();
    const before = await tableDigest(f.app.runtime);
    const answers = await sendAll(f.base, generate(createRng(20_260_601)));
    await new Promise((resolve) => setTimeout(resolve, 50));
    watch.stop();

    expect(answers).toHaveLength(REQUESTS);
    expect(notClientErrors(answers)).toEqual([]);
    expect(await tableDigest(f.app.runtime)).toEqual(before);
    expect(f.slack?.calls.filter((c) => c.method !== 'auth.test') ?? []).toEqual([]);
    expect(watch.problems).toEqual([]);
    expect(leakedSecrets(f.lines, f.secrets)).toEqual([]);
    expect((await send(f.base, { label: 'health', method: 'GET', path: '/healthz' })).status).toBe(200);
    console.info('slack fuzz statuses', statusHistogram(answers));
  });

  it('still handles a correctly signed command after the storm', async () => {
    const body = commandBody({ text: 'help', user_id: 'UAFTER' });
    const ts = now();
    const answer = await send(f.base, {
      label: 'valid',
      method: 'POST',
      path: '/slack/events',
      body,
      headers: {
        'content-type': FORM,
        'x-slack-request-timestamp': String(ts),
        'x-slack-signature': signature(body, ts),
      },
    });
    expect(answer.status).toBe(200);
    expect(answer.text).toContain('blocks');
  });
});
