// Issue 23.10, "everything by click": every command the help lists is reached by clicking, starting
// from the help's own buttons, on Slack, Teams and the local page, through each platform's real entry
// point; the effect is checked in the store or against the typed command's answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CommandKind, parseCommand } from '../../src/core/conversation/commands.js';
import { ACTIONS, FORMS } from '../../src/core/message.js';
import {
  buttonFor,
  type ClickApp,
  type ClickButton,
  type Platform,
  type Screen,
  START,
  type Who,
} from './click-platforms.js';

const HOUR = 3_600_000;

type Step = string | RegExp;
type Kind = CommandKind | 'forget';

interface Journey {
  who: Who;
  /** The buttons clicked, starting from the help's. */
  path: Step[];
  /** The form the last click opens. */
  form?: string;
  /** Typed, the same words give the same answer as the click (commands that change nothing). */
  typed?: string;
  check?: (app: ClickApp, screen: Screen) => Promise<void>;
}

const person = (app: ClickApp, who: Who) => app.person(who);

/** One journey per command in the help; `forget` is in the help's `mydata` answer. */
const JOURNEYS: Record<Kind, Journey> = {
  help: { who: 'employee', path: [], typed: 'hjelp' },
  story: { who: 'employee', path: [ACTIONS.openStory], form: FORMS.story },
  nominate: { who: 'employee', path: [ACTIONS.openNomination], form: FORMS.nomination },
  pulse: { who: 'employee', path: ['pulse'], typed: 'puls' },
  lang: {
    who: 'employee',
    path: ['lang', 'lang nn'],
    check: async (app) => expect((await person(app, 'employee'))?.locale).toBe('nn'),
  },
  sector: {
    who: 'employee',
    path: ['sector', 'sector oppvekst'],
    check: async (app) => expect((await person(app, 'employee'))?.sector).toBe('oppvekst'),
  },
  pause: {
    who: 'employee',
    path: ['pause'],
    check: async (app) => expect((await person(app, 'employee'))?.paused).toBe(true),
  },
  resume: {
    who: 'employee',
    path: ['resume'],
    check: async (app) => expect((await person(app, 'employee'))?.paused).toBe(false),
  },
  kaffe: {
    who: 'employee',
    path: ['kaffe', 'kaffe join'],
    check: async (app) => {
      const key = (await person(app, 'employee'))?.key ?? '';
      expect(await app.store.kaffe.member(key)).toMatchObject({ personKey: key });
    },
  },
  mydata: { who: 'employee', path: ['mydata'], typed: 'minedata' },
  recognise: { who: 'lead', path: ['recognise'], typed: 'anerkjenn' },
  post: {
    who: 'lead',
    path: ['post', 'post reflection'],
    check: async (app) => expect(await app.store.schedule.list({ scheduleId: 'reflection' })).toHaveLength(1),
  },
  digest: { who: 'lead', path: ['digest'], typed: 'oppsummering' },
  results: { who: 'lead', path: ['results'], typed: 'resultater' },
  nextsteps: { who: 'lead', path: ['nextsteps'], typed: 'nestesteg' },
  comments: { who: 'lead', path: ['comments'], typed: 'kommentarer' },
  deliveries: { who: 'lead', path: ['deliveries'], typed: 'leveringer' },
  // Reply, hide, end and the results' sentence need a closed pulse: the journey after this table.
  reply: { who: 'lead', path: [] },
  hide: { who: 'lead', path: [] },
  end: { who: 'lead', path: [] },
  // Last: it erases the person. A confirm step, no code typed.
  forget: {
    who: 'employee',
    path: ['mydata', 'mydata forget', /^mydata forget \S+$/],
    check: async (app) => expect(await person(app, 'employee')).toBeUndefined(),
  },
};
const AFTER_CLOSE: Kind[] = ['reply', 'hide', 'end'];
/** The help itself, and erasure (offered in `mydata`'s answer). */
const NOT_LISTED: Kind[] = ['help', 'forget'];

/**
 * The help's commands as the platform shows them: each bullet's words before its dash, with or without
 * `/kulturpuls` (Teams has no slash commands), alternatives split at " / ".
 */
function helpKinds(helpText: string): Kind[] {
  const bullets = [...helpText.matchAll(/•\s*([^•–]+?)\s*–/g)].map((m) => m[1] ?? '');
  const typed = bullets.flatMap((b) => b.split(' / ')).map((w) => w.replace(/^\/?kulturpuls\s+/, ''));
  return [...new Set(typed.map((words) => parseCommand(words).kind as Kind))];
}

/**
 * A command's answer takes the place of the message clicked (a Teams card, Slack's ephemeral help),
 * so it ends with a button back to the help's choices; the local page keeps the help a click away.
 */
function wayBack(app: ClickApp, journey: Journey, screen: Screen): ClickButton | undefined {
  if (app.platform === 'local' || journey.path.length === 0) return undefined;
  const back = screen.buttons.at(-1);
  expect(back).toMatchObject({ actionId: expect.stringMatching(/^kp_command/), value: 'help' });
  return back;
}

/** The answer's own text, then the way back's title (and, on a Teams card, the words it carries). */
const withWayBackText = (app: ClickApp, text: string, back: ClickButton) =>
  [text, back.label, ...(app.platform === 'teams' ? [back.value] : [])].join(' ');

async function walk(app: ClickApp, journey: Journey): Promise<Screen> {
  let screen = await app.type(journey.who, 'hjelp');
  for (const step of journey.path) screen = await app.click(journey.who, buttonFor(screen, step));
  return screen;
}

describe.each<Platform>(['local', 'slack', 'teams'])(
  'every command in the help by click on %s',
  (platform) => {
    let app: ClickApp;
    beforeAll(async () => {
      app = await START[platform]();
    }, 120_000);
    afterAll(async () => {
      await app?.close();
    });

    it('the help lists no command without a click journey, and every journey is in the help', async () => {
      const help = await app.type('lead', 'hjelp');
      const listed = helpKinds(help.text);
      expect(listed.length).toBeGreaterThan(15);
      expect(listed.filter((kind) => !(kind in JOURNEYS))).toEqual([]);
      expect(
        Object.keys(JOURNEYS).filter((k) => !NOT_LISTED.includes(k as Kind) && !listed.includes(k as Kind)),
      ).toEqual([]);
    });

    const kinds = (Object.keys(JOURNEYS) as Kind[]).filter((k) => !AFTER_CLOSE.includes(k));
    it.each(kinds)(
      '%s',
      async (kind) => {
        const journey = JOURNEYS[kind];
        const screen = await walk(app, journey);
        if (journey.form) expect(screen.formId).toBe(journey.form);
        if (journey.typed) {
          const typed = await app.type(journey.who, journey.typed);
          const back = wayBack(app, journey, screen);
          expect(screen.text).toBe(back ? withWayBackText(app, typed.text, back) : typed.text);
          expect(screen.text.length).toBeGreaterThan(10);
          if (back)
            expect((await app.click(journey.who, back)).text).toBe(
              (await app.type(journey.who, 'hjelp')).text,
            );
        }
        await journey.check?.(app, screen);
        expect(journey.form ?? journey.typed ?? journey.check).toBeDefined();
      },
      60_000,
    );

    it('a closed pulse: its comments are answered, hidden and ended, and its results shared with a sentence, by click', async () => {
      const lead = app.actor('lead');
      await app.type('lead', 'hjelp'); // met first: on Slack, the lead's role comes from their e-mail
      await app.conversation.run(lead, { kind: 'post', scheduleId: 'pulse', force: true });
      const open = (await app.store.pulses.open(app.now().toISOString()))[0];
      if (!open) throw new Error('no pulse opened');
      const q = open.questionIds[0] ?? '';
      for (let i = 0; i < 6; i++) {
        const voter = { platform: lead.platform, userId: `voter${i}` };
        await app.conversation.vote(voter, { pulseId: open.id, questionId: q, value: 4 });
        await app.conversation.submitForm(
          voter,
          FORMS.comment,
          { pulseId: open.id, questionId: q },
          {
            comment: `Kommentar nummer ${i}`,
          },
        );
      }
      await app.advance(49 * HOUR);

      const list = async () => {
        const help = await app.type('lead', 'hjelp');
        return app.click('lead', buttonFor(help, 'comments'));
      };
      const listed = await list();
      expect(listed.text).toContain('Kommentar nummer 0');
      // Reply: the form opens from the comment's own button.
      const replyForm = await app.click('lead', buttonFor(listed, ACTIONS.openCommentReply));
      expect(replyForm.formId).toBe(FORMS.commentReply);
      const replied = await app.submit('lead', replyForm, { reply: 'Takk! Hvilke møter tenker du på?' });
      expect(replied.text).toContain('Svaret er sendt.');
      // Hide: the comment is gone from the list.
      const shown = (screen: Screen) => screen.text.match(/Kommentar nummer \d/g) ?? [];
      const hidden = await app.click('lead', buttonFor(listed, /^hide \S+$/));
      expect(hidden.text.length).toBeGreaterThan(5);
      expect(shown(await list())).toHaveLength(shown(listed).length - 1);
      // End: the conversation is ended, and a reply to it is refused.
      const again = await list();
      const end = buttonFor(again, ACTIONS.endComment);
      await app.click('lead', end);
      const thread = (await app.store.comments.byPrefix(end.value))[0];
      expect(thread?.ended).toBe(true);

      // The lead's sentence: a form from the results, shared with them.
      const results = await app.click('lead', buttonFor(await app.type('lead', 'hjelp'), 'results'));
      const form = await app.click('lead', buttonFor(results, /^results note pulse_\S+$/));
      expect(form.formId).toBe(FORMS.resultsNote);
      await app.submit('lead', form, { note: 'Vi korter ned møtene.' });
      expect((await app.store.results.get(open.id))?.note).toBe('Vi korter ned møtene.');
      const after = await app.type('lead', 'resultater');
      expect(after.buttons.some((b) => /^results note/.test(b.value))).toBe(false);
    }, 120_000);

    it('a next step the lead owns is closed from the nextsteps list', async () => {
      const lead = app.actor('lead');
      await app.type('lead', 'hjelp');
      await app.conversation.submitForm(
        lead,
        FORMS.learning,
        { questionId: app.learningQuestion, occurrenceKey: '' },
        {
          text: 'Innbyggerne ringte heller.',
          tryNext: 'Telefontime hver tirsdag',
          ownIt: true,
          shareName: false,
        },
      );
      await app.advance(40 * 24 * HOUR);
      const list = await app.click('lead', buttonFor(await app.type('lead', 'hjelp'), 'nextsteps'));
      expect(list.text).toContain('Telefontime hver tirsdag');
      const done = buttonFor(list, ACTIONS.checkBackDone);
      await app.click('lead', done);
      expect((await app.store.nextSteps.get(done.value))?.outcome).toBe('done');
    }, 120_000);

    it("a lead closes a colleague's next step from the nextsteps list", async () => {
      await app.type('employee', 'hjelp');
      await app.conversation.submitForm(
        app.actor('employee'),
        FORMS.learning,
        { questionId: app.learningQuestion, occurrenceKey: '' },
        { text: 'Folk glemte fristen.', tryNext: 'Påminnelse på intranettet', ownIt: true, shareName: false },
      );
      await app.advance(40 * 24 * HOUR);
      const owner = (await app.person('employee'))?.key ?? '';
      const stepId = (await app.store.nextSteps.ownedBy(owner))[0]?.reflectionId;
      const list = await app.click('lead', buttonFor(await app.type('lead', 'hjelp'), 'nextsteps'));
      expect(list.text).toContain('Påminnelse på intranettet');
      const dropped = list.buttons.find(
        (b) => b.actionId.split(':')[0] === ACTIONS.checkBackDropped && b.value === stepId,
      );
      if (!dropped) throw new Error('no button to close the colleague’s step');
      await app.click('lead', dropped);
      expect((await app.store.nextSteps.get(stepId ?? ''))?.outcome).toBe('dropped');
    }, 120_000);

    it('a pulse still open: posting it again anyway is one more click', async () => {
      await app.type('lead', 'publiser pulse');
      const open = async () => (await app.store.pulses.open(app.now().toISOString())).length;
      const before = await open();
      await app.advance(HOUR); // another occurrence of the plan, while the first pulse is still open
      const refused = await app.type('lead', 'publiser pulse');
      expect(refused.text).toContain('tving');
      expect(await open()).toBe(before);
      await app.click('lead', buttonFor(refused, 'post pulse force'));
      expect(await open()).toBe(before + 1);
    }, 120_000);
  },
);
