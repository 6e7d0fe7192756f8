import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FORMS } from '../../src/core/message.js';
import type { Pulse } from '../../src/core/records.js';
import { type LocalApp, startLocalApp } from './local-app.js';

const BAD_REQUEST_NB = 'Forespørselen kunne ikke leses. Last siden på nytt og prøv igjen.';

describe('local API: bad input', () => {
  let local: LocalApp;
  let pulse: Pulse;

  beforeEach(async () => {
    local = await startLocalApp();
    pulse = await local.firePulse();
  });
  afterEach(async () => {
    // Nothing a rejected request sent may have been written.
    const { store } = local.app.runtime;
    expect(await store.pulses.participants(pulse.id)).toEqual([]);
    expect(await store.content.storiesBy('local:kari')).toEqual([]);
    expect((await store.people.list()).map((p) => p.key)).not.toContain('local:mallory');
    expect(local.errors).toEqual([]);
    await local.stop();
  });

  const goodVote = () => ({
    as: 'local:kari',
    pulseId: pulse.id,
    questionId: pulse.questionIds[0],
    value: 3,
  });

  it('answers malformed JSON with 400 and a localized message', async () => {
    const response = await local.post('/local/api/vote', undefined, {
      raw: '{"as": "local:kari", "value": 3',
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ ok: false, error: 'bad_request', message: BAD_REQUEST_NB });
  });

  it.each([
    ['a string value', { value: '3' }],
    ['a fractional value', { value: 3.5 }],
    ['a missing pulse id', { pulseId: undefined }],
    ['an extra field', { comment: 'hei', extra: true }],
    ['a person key from another platform', { as: 'slack:U123' }],
    ['an object as person', { as: { key: 'local:kari' } }],
  ])('answers a vote with %s with 400', async (_name, change) => {
    const response = await local.post('/local/api/vote', { ...goodVote(), ...change });
    expect(response.status).toBe(400);
    expect(response.body.message).toBe(BAD_REQUEST_NB);
  });

  it('answers JSON that is not an object, or not JSON at all, with 400', async () => {
    expect((await local.post('/local/api/vote', [goodVote()])).status).toBe(400);
    expect((await local.post('/local/api/vote', undefined, { raw: '"hei"' })).status).toBe(400);
    const plain = await local.post('/local/api/vote', undefined, {
      raw: JSON.stringify(goodVote()),
      contentType: 'text/plain',
    });
    expect(plain.status).toBe(400);
  });

  it('answers an oversized body with 400, never 500', async () => {
    const values = { title: 'x'.repeat(90_000) };
    const response = await local.post('/local/api/form', { as: 'local:kari', formId: FORMS.story, values });
    expect(response.status).toBe(400);
    expect(response.body.message).toBe(BAD_REQUEST_NB);
  });

  it('answers an unknown person with 404 and a person-independent message', async () => {
    const response = await local.post('/local/api/vote', { ...goodVote(), as: 'local:mallory' });
    expect(response.status).toBe(404);
    expect(response.body.error).toBe('unknown_person');
    expect((await local.get('/local/api/state?as=local:mallory')).status).toBe(404);
  });

  it('answers bad queries and bad settings in the person’s own language', async () => {
    await local.post('/local/api/settings', { as: 'local:kari', locale: 'en' });
    expect((await local.get('/local/api/state')).status).toBe(400);
    expect((await local.get('/local/api/form?as=local:kari&kind=poem')).status).toBe(400);
    const badLocale = await local.post('/local/api/settings', { as: 'local:kari', locale: 'de' });
    expect(badLocale.status).toBe(400);
    expect(badLocale.body.message).toBe('The request could not be read. Reload the page and try again.');
    expect((await local.post('/local/api/settings', { as: 'local:kari' })).status).toBe(400);
    expect((await local.post('/local/api/settings', { as: 'local:kari', paused: 'yes' })).status).toBe(400);
    await local.post('/local/api/settings', { as: 'local:kari', locale: 'nb' });
  });

  it('answers form values of the wrong shape and unknown form ids with 400', async () => {
    const submit = (body: Record<string, unknown>) =>
      local.post('/local/api/form', { as: 'local:kari', formId: FORMS.story, values: {}, ...body });
    expect((await submit({ values: { title: 42 } })).status).toBe(400);
    expect((await submit({ values: { sectors: [{ id: 'x' }] } })).status).toBe(400);
    expect((await submit({ values: 'title=x' })).status).toBe(400);
    expect((await submit({ formId: 'kp_form_poem' })).status).toBe(400);
    expect((await submit({ context: { questionId: 7 } })).status).toBe(400);
    expect(
      (await local.post('/local/api/action', { as: 'local:kari', actionId: 'kp_delete_all', value: 'x' }))
        .status,
    ).toBe(400);
  });
});
