import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signDashboardLink } from '../../src/core/digest/dashboard-link.js';
import { ACTIONS, FORMS } from '../../src/core/message.js';
import { localMonth, shiftMonth } from '../../src/core/time.js';
import {
  brokenBody,
  CONTENT_TYPES,
  createRng,
  type FuzzRequest,
  inTurn,
  junkString,
  junkValue,
  leakedSecrets,
  mutate,
  notClientErrors,
  oversizedJson,
  type Rng,
  send,
  sendAll,
  statusHistogram,
  tableDigest,
  watchProcess,
} from '../support/fuzz.js';
import { FUZZ_SECRET, type FuzzApp, startLocalFuzzApp, startTeamsFuzzApp } from '../support/fuzz-apps.js';

// 6 kinds of request to the local API and 7 kinds of link to the dashboard: 49 and 42 of each.
const REQUESTS = 294;

const BODIES: Record<string, Record<string, unknown>> = {
  '/local/api/vote': { as: 'local:kari', pulseId: 'pulse_x', questionId: 'q', value: 3 },
  '/local/api/form': { as: 'local:kari', formId: FORMS.story, context: {}, values: { title: 'x' } },
  '/local/api/action': { as: 'local:kari', actionId: ACTIONS.consentAccept, value: 'nom_x' },
  '/local/api/settings': { as: 'local:kari', locale: 'en' },
  '/local/api/post-now': { as: 'local:kari', scheduleId: 'weekly-reflection' },
};

/** Breaks a body so that no route may accept it: who acts, or the shape, is always wrong. */
function malformedBody(rng: Rng, body: Record<string, unknown>): unknown {
  const copy = rng.chance(0.5) ? mutate(rng, body) : structuredClone(body);
  switch (rng.int(6)) {
    case 0:
      delete copy.as;
      break;
    case 1:
      copy.as = rng.pick(['slack:U1', 'local:', 'local:../../etc', 'LOCAL:kari', ' local:kari', 42, null]);
      break;
    case 2:
      copy.as = `local:nobody${rng.int(1000)}`;
      break;
    case 3:
      copy[`x${junkString(rng, 10)}`] = junkValue(rng);
      break;
    case 4:
      return rng.pick([[copy], 'text', 7, null]);
    default:
      copy.as = junkString(rng, 30);
  }
  return copy;
}

function localRequests(rng: Rng): FuzzRequest[] {
  const paths = Object.keys(BODIES);
  const requests: FuzzRequest[] = [];
  const nextCase = inTurn(6);
  for (let i = 0; i < REQUESTS; i++) {
    const path = rng.pick(paths);
    const valid = JSON.stringify(BODIES[path]);
    const json = { 'content-type': 'application/json' };
    switch (nextCase()) {
      case 0:
        requests.push({
          label: 'malformed body',
          method: 'POST',
          path,
          headers: json,
          body: JSON.stringify(malformedBody(rng, BODIES[path] ?? {})),
        });
        break;
      case 1:
        requests.push({
          label: 'broken JSON',
          method: 'POST',
          path,
          headers: json,
          body: brokenBody(rng, valid),
        });
        break;
      case 2:
        requests.push({
          label: 'oversized (2 MB)',
          method: 'POST',
          path,
          headers: json,
          body: oversizedJson(rng),
        });
        break;
      case 3: {
        const type = rng.pick(CONTENT_TYPES.filter((t) => !t.startsWith('application/json')));
        requests.push({
          label: `wrong content type ${type}`,
          method: 'POST',
          path,
          headers: { 'content-type': type },
          body: valid,
        });
        break;
      }
      case 4: {
        const query = new URLSearchParams({
          as: rng.chance(0.5) ? junkString(rng, 30) : `local:nobody${rng.int(99)}`,
          kind: rng.chance(0.5) ? 'story' : junkString(rng, 10),
          [junkString(rng, 5) || 'x']: junkString(rng, 20),
        });
        requests.push({
          label: 'bad query',
          method: 'GET',
          path: `${rng.pick(['/local/api/state', '/local/api/form'])}?${query}`,
        });
        break;
      }
      default:
        requests.push({
          label: 'malformed body',
          method: 'POST',
          path,
          headers: json,
          body: JSON.stringify(malformedBody(rng, BODIES[path] ?? {})),
        });
    }
  }
  return requests;
}

/** A path segment: encoded junk, or a broken percent-escape. */
function stepId(rng: Rng): string {
  return rng.chance(0.2)
    ? '%E0%A4%A'
    : encodeURIComponent(junkString(rng, 20).replace(/[\ud800-\udfff]/g, '')) || 'x';
}

/** Last month, where the dashboard has a digest to show (months without data are refused). */
const MONTH = shiftMonth(localMonth(new Date(), 'Europe/Oslo'), -1);

/** A channel digest link's query (month included), as the chat digest carries it. */
function signedLink(secret: string, subject: string, expiresAt: Date) {
  const scope = subject === 'digest' ? MONTH : '*';
  return { month: MONTH, ...signDashboardLink(secret, { subject, scope, expiresAt }) };
}

function dashboardRequests(rng: Rng): FuzzRequest[] {
  const requests: FuzzRequest[] = [];
  const future = new Date(Date.now() + 86_400_000);
  const real = signedLink(FUZZ_SECRET, 'digest', future);
  const nextCase = inTurn(7);
  for (let i = 0; i < REQUESTS; i++) {
    const params = new URLSearchParams();
    const roll = nextCase();
    if (roll === 0) {
      // Signed with another secret.
      const forged = signedLink(`${FUZZ_SECRET}x`, rng.pick(['digest', 'teams:lead']), future);
      for (const [k, v] of Object.entries(forged)) params.set(k, v);
    } else if (roll === 1) {
      // A real signature, but for another subject or another expiry.
      params.set('sub', rng.pick(['teams:someone', 'digest ', 'DIGEST', junkString(rng, 10)]));
      params.set('exp', real.exp);
      params.set('sig', real.sig);
    } else if (roll === 2) {
      params.set('sub', 'digest');
      params.set('exp', String(Number(real.exp) + 1 + rng.int(1000)));
      params.set('sig', real.sig);
    } else if (roll === 3) {
      // Expired, correctly signed.
      const old = signedLink(FUZZ_SECRET, 'digest', new Date(Date.now() - 1000 - rng.int(1e9)));
      for (const [k, v] of Object.entries(old)) params.set(k, v);
    } else if (roll === 4) {
      params.set('sub', 'digest');
      params.set('exp', rng.pick(['', '-1', '1e99', '99999999999999', junkString(rng, 10)]));
      params.set('sig', junkString(rng, 43));
    } else {
      for (let k = 0; k < rng.int(6); k++)
        params.append(
          rng.pick(['month', 'lang', 'sub', 'exp', 'sig', 'done', junkString(rng, 8)]),
          junkString(rng, 40),
        );
    }
    if (rng.chance(0.3)) params.set('month', rng.pick(['2026-02', '../../etc/passwd', junkString(rng, 10)]));
    // Arrays (`sig[]=`) and a truncated query are parsed differently by express; both must be refused.
    const query = rng.chance(0.1)
      ? `${params}&sig[]=a&exp[x]=1`
      : rng.chance(0.05)
        ? `${params}`.slice(0, rng.int(40))
        : `${params}`;
    const post = rng.chance(0.2);
    requests.push({
      label: post ? 'mark done, forged' : 'dashboard, forged',
      method: post ? 'POST' : 'GET',
      path: post ? `/dashboard/next-steps/${stepId(rng)}/done?${query}` : `/dashboard?${query}`,
      ...(post ? { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' } : {}),
    });
  }
  return requests;
}

async function storm(f: FuzzApp, requests: FuzzRequest[]) {
  const watch = watchProcess();
  const before = await tableDigest(f.app.runtime);
  const answers = await sendAll(f.base, requests);
  watch.stop();
  expect(answers).toHaveLength(REQUESTS);
  expect(notClientErrors(answers)).toEqual([]);
  expect(await tableDigest(f.app.runtime)).toEqual(before);
  expect(watch.problems).toEqual([]);
  expect(leakedSecrets(f.lines, f.secrets)).toEqual([]);
  expect((await send(f.base, { label: 'health', method: 'GET', path: '/healthz' })).status).toBe(200);
  return answers;
}

describe('the local page API under fuzzing', () => {
  let f: FuzzApp;
  beforeAll(async () => {
    f = await startLocalFuzzApp();
  });
  afterAll(async () => {
    await f?.close();
  });

  it(`answers ${REQUESTS} malformed requests to /local/api/* with 4xx and writes nothing`, async () => {
    const answers = await storm(f, localRequests(createRng(71)));
    console.info('local api fuzz statuses', statusHistogram(answers));
  });
});

describe('the dashboard under fuzzing (not local mode)', () => {
  let f: FuzzApp;
  beforeAll(async () => {
    f = await startTeamsFuzzApp({ authenticated: true });
  });
  afterAll(async () => {
    await f?.close();
  });

  it(`refuses ${REQUESTS} requests with random queries and forged or expired links (403), writes nothing`, async () => {
    const answers = await storm(f, dashboardRequests(createRng(81)));
    expect(answers.every((a) => !a.text.includes('<table') && !a.text.includes('<svg'))).toBe(true);
    console.info('dashboard fuzz statuses', statusHistogram(answers));
  });

  it('opens with a real link (the fuzz test could tell the difference)', async () => {
    const link = signedLink(FUZZ_SECRET, 'digest', new Date(Date.now() + 60_000));
    const answer = await send(f.base, {
      label: 'real',
      method: 'GET',
      path: `/dashboard?${new URLSearchParams({ ...link })}`,
    });
    expect(answer.status).toBe(200);
    expect((await send(f.base, { label: 'none', method: 'GET', path: '/dashboard' })).status).toBe(403);
  });
});
