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
import { type FuzzApp, startTeamsFuzzApp, TEAMS_CLIENT_ID } from '../support/fuzz-apps.js';
import {
  cardActionActivity,
  conversationUpdateActivity,
  installationUpdateActivity,
  messageActivity,
  signServiceToken,
  teamsUser,
} from '../support/teams-activities.js';

// 8 kinds of request with a token (two of them with each of 5 kinds of body), or the 5 kinds of body
// without one: 40 or 64 of each.
const REQUESTS = 320;
const PATH = '/api/messages';

function validActivities(serviceUrl: string): Record<string, unknown>[] {
  const kari = teamsUser('kari', 1);
  return [
    messageActivity(serviceUrl, kari, 'mydata'),
    cardActionActivity(serviceUrl, kari, 'kp_pulse_vote', { pulseId: 'pulse_x', questionId: 'q', value: 3 }),
    cardActionActivity(serviceUrl, kari, 'kp_form_story', { title: 'x' }),
    installationUpdateActivity(serviceUrl, kari, 'add'),
    conversationUpdateActivity(serviceUrl, { added: true }),
  ];
}

/** A copy that is certainly not an activity: a part Kulturpuls reads is missing or of the wrong type. */
function malformed(rng: Rng, activity: Record<string, unknown>): unknown {
  const copy = structuredClone(activity);
  const notText = () => rng.pick([42, true, {}, [], { id: 1 }]);
  const breakers: (() => void)[] = [
    () => delete copy.type,
    () => {
      copy.type = notText();
    },
    () => {
      copy.from = rng.pick([42, 'kari', {}, { id: 7 }, { id: ['x'] }, { id: 'x', aadObjectId: 5 }]);
    },
    () => {
      copy.conversation = rng.pick([null, 'c', 9, {}, { id: {} }, []]);
    },
    () => delete copy.conversation,
    () => {
      copy.membersAdded = rng.pick([7, 'bot', {}, [1], [{ id: null }]]);
    },
    () => {
      copy.id = notText();
    },
    () => {
      copy.text = notText();
    },
    () => {
      copy.recipient = rng.pick(['bot', 3, { name: 'x' }]);
    },
    () => {
      copy.serviceUrl = notText();
    },
  ];
  rng.pick(breakers)();
  if (rng.chance(0.3)) copy[junkString(rng, 10) || 'x'] = junkValue(rng);
  return rng.chance(0.05) ? [copy] : copy;
}

function generate(rng: Rng, app: FuzzApp, authenticated: boolean): FuzzRequest[] {
  const serviceUrl = app.teams?.url ?? 'http://127.0.0.1:9';
  const activities = validActivities(serviceUrl);
  const token = (
    overrides: { audience?: string; issuer?: string; expiresInSeconds?: number; serviceUrl?: string } = {},
  ) =>
    signServiceToken({
      privateKey: app.teams?.privateKey as never,
      keyId: app.teams?.keyId ?? '',
      audience: overrides.audience ?? TEAMS_CLIENT_ID,
      serviceUrl: overrides.serviceUrl ?? serviceUrl,
      ...(overrides.issuer ? { issuer: overrides.issuer } : {}),
      ...(overrides.expiresInSeconds !== undefined ? { expiresInSeconds: overrides.expiresInSeconds } : {}),
    });
  const good = authenticated ? token() : '';
  const requests: FuzzRequest[] = [];
  const nextCase = inTurn(8);
  const nextBodyCase = inTurn(5);
  for (let i = 0; i < REQUESTS; i++) {
    const activity = rng.pick(activities);
    const valid = JSON.stringify(activity);
    const json = { 'content-type': 'application/json' };
    const withAuth = (auth: string) => (auth ? { ...json, authorization: auth } : json);
    const bodyCases = (auth: string): FuzzRequest => {
      switch (nextBodyCase()) {
        case 0:
          return {
            label: 'malformed activity',
            method: 'POST',
            path: PATH,
            headers: withAuth(auth),
            body: JSON.stringify(malformed(rng, activity)),
          };
        case 1:
          return {
            label: 'broken JSON',
            method: 'POST',
            path: PATH,
            headers: withAuth(auth),
            body: brokenBody(rng, valid),
          };
        case 2:
          return {
            label: 'oversized (2 MB)',
            method: 'POST',
            path: PATH,
            headers: withAuth(auth),
            body: oversizedJson(rng),
          };
        case 3: {
          const type = rng.pick(CONTENT_TYPES.filter((t) => !t.startsWith('application/json')));
          return {
            label: `wrong content type ${type}`,
            method: 'POST',
            path: PATH,
            headers: { ...withAuth(auth), 'content-type': type },
            body: valid,
          };
        }
        default:
          return {
            label: 'junk value',
            method: 'POST',
            path: PATH,
            headers: withAuth(auth),
            body: JSON.stringify(junkValue(rng, 3)),
          };
      }
    };
    if (!authenticated) {
      requests.push(bodyCases(''));
      continue;
    }
    switch (nextCase()) {
      case 0:
        requests.push({ label: 'no token', method: 'POST', path: PATH, headers: json, body: valid });
        break;
      case 1:
        requests.push({
          label: 'junk token',
          method: 'POST',
          path: PATH,
          headers: withAuth(`Bearer ${junkString(rng, 200).replace(/[^\x21-\x7e]/g, '')}`),
          body: valid,
        });
        break;
      case 2:
        requests.push({
          label: 'token for another bot',
          method: 'POST',
          path: PATH,
          headers: withAuth(`Bearer ${token({ audience: 'someone-else' })}`),
          body: valid,
        });
        break;
      case 3:
        requests.push({
          label: 'expired token',
          method: 'POST',
          path: PATH,
          headers: withAuth(`Bearer ${token({ expiresInSeconds: -3600 - rng.int(1e5) })}`),
          body: valid,
        });
        break;
      case 4:
        requests.push({
          label: 'foreign issuer',
          method: 'POST',
          path: PATH,
          headers: withAuth(`Bearer ${token({ issuer: 'https://evil.example' })}`),
          body: valid,
        });
        break;
      case 5: {
        const [h, p] = good.split('.');
        requests.push({
          label: 'token with a forged signature',
          method: 'POST',
          path: PATH,
          headers: withAuth(`Bearer ${h}.${p}.${Buffer.from(junkString(rng, 40)).toString('base64url')}`),
          body: valid,
        });
        break;
      }
      case 6:
        requests.push({ ...bodyCases(''), label: 'no token, broken body' });
        break;
      default:
        requests.push({ ...bodyCases(`Bearer ${good}`), label: 'valid token, broken body' });
    }
  }
  return requests;
}

for (const authenticated of [true, false]) {
  describe(`POST /api/messages under fuzzing (${authenticated ? 'JWT validation on' : 'TEAMS_ALLOW_UNAUTHENTICATED'})`, () => {
    let f: FuzzApp;
    beforeAll(async () => {
      f = await startTeamsFuzzApp({ authenticated });
    });
    afterAll(async () => {
      await f?.close();
    });

    it(`answers ${REQUESTS} malformed, oversized and wrongly authenticated requests with 4xx, writes nothing`, async () => {
      const watch = watchProcess();
      const before = await tableDigest(f.app.runtime);
      const answers = await sendAll(f.base, generate(createRng(authenticated ? 61 : 62), f, authenticated));
      watch.stop();

      expect(answers).toHaveLength(REQUESTS);
      expect(notClientErrors(answers)).toEqual([]);
      expect(await tableDigest(f.app.runtime)).toEqual(before);
      expect(f.teams?.calls ?? []).toEqual([]);
      expect(watch.problems).toEqual([]);
      expect(leakedSecrets(f.lines, f.secrets)).toEqual([]);
      expect((await send(f.base, { label: 'health', method: 'GET', path: '/healthz' })).status).toBe(200);
      console.info(`teams fuzz statuses (auth ${authenticated})`, statusHistogram(answers));
    });
  });
}
