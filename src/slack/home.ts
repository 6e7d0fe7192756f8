import { DIMENSION_LABELS } from '../core/bank/index.js';
import { buttonRows, helpButtons } from '../core/conversation/command-buttons.js';
import type { HomeView } from '../core/core.js';
import { deliveryReason } from '../core/delivery/delivery-lines.js';
import { formatDateTime, translator } from '../core/i18n/translate.js';
import { ACTIONS, type Block } from '../core/message.js';
import type { Nomination } from '../core/records.js';
import type { ScheduleKind } from '../core/vocabulary.js';

/** The core's home view, with what the Slack adapter adds for leads and admins. */
export interface HomeData extends Omit<HomeView, 'failed'> {
  /** Leads and admins. */
  admin?: {
    upcoming: { scheduleId: string; kind: ScheduleKind; next: Date[] }[];
    /** Deliveries that failed for good, one line per kind, target and reason (as `deliveries` says). */
    failed: string[];
  };
}

const LIST_MAX = 10;

function list<T>(items: T[], line: (item: T) => string, t: ReturnType<typeof translator>): Block[] {
  if (items.length === 0) return [{ type: 'context', text: t('chat.home.none') }];
  const shown = items.slice(0, LIST_MAX).map((item) => `• ${line(item)}`);
  if (items.length > LIST_MAX) shown.push(t('chat.home.more', { count: items.length - LIST_MAX }));
  return [{ type: 'text', text: shown.join('\n') }];
}

/** App Home as neutral blocks: settings, what the person shared, and the admin view for leads. */
export function homeBlocks(data: HomeData): Block[] {
  const t = translator(data.locale);
  const when = (iso: string) => formatDateTime(data.locale, iso, data.timeZone);
  const name = (key: string | null) => (key ? (data.names.get(key) ?? t('someone')) : t('someone'));
  const nominee = (n: Nomination) => (n.nomineeKind === 'team' ? (n.teamName ?? '') : name(n.nomineeKey));
  const nominationLine = (n: Nomination) =>
    `${nominee(n)}: ${DIMENSION_LABELS[n.dimension][data.locale]} (${t(`chat.nomination.status.${n.status}`)})`;

  // The settings (language, pause, sector) are menus that render-home adds under the heading.
  const blocks: Block[] = [
    { type: 'heading', text: t('chat.home.heading') },
    // Every command of the help by click (the settings are the menus above); "help" lists the rest.
    ...buttonRows(
      helpButtons(
        t,
        { manager: data.awaiting !== undefined, lead: data.admin !== undefined, admin: false },
        { settings: false, help: true },
      ),
    ),
    { type: 'divider' },
    { type: 'heading', text: t('chat.home.stories') },
    ...list(data.stories, (s) => `${s.title} (${when(s.createdAt)})`, t),
    { type: 'heading', text: t('chat.home.nominations') },
    ...list(data.nominations, nominationLine, t),
    ...(data.undelivered ?? []).flatMap((u): Block[] => {
      const n = data.nominations.find((x) => x.id === u.nominationId);
      return n
        ? [
            {
              type: 'context',
              text: `⚠️ ${t('slack.home.consentFailed', { name: nominee(n), reason: deliveryReason(t, u.code) })}`,
            },
          ]
        : [];
    }),
  ];

  if (data.awaiting && data.awaiting.length > 0) {
    blocks.push({ type: 'divider' }, { type: 'heading', text: t('chat.home.awaiting') });
    for (const n of data.awaiting.slice(0, LIST_MAX)) {
      blocks.push(
        { type: 'text', text: `${nominationLine(n)}\n«${n.reason}»` },
        {
          type: 'actions',
          buttons: [{ actionId: ACTIONS.recognise, label: t('chat.home.recognise'), value: n.id }],
        },
      );
    }
  }

  if (data.admin) {
    const { upcoming, failed } = data.admin;
    const planned = upcoming.filter((u) => u.next.length > 0);
    blocks.push({ type: 'divider' }, { type: 'heading', text: t('chat.home.upcoming') });
    blocks.push(
      ...(planned.length === 0
        ? [{ type: 'context' as const, text: t('chat.home.upcomingNone') }]
        : list(
            planned,
            (u) => `${t(`schedule.kind.${u.kind}`)}: ${u.next.map((d) => when(d.toISOString())).join(', ')}`,
            t,
          )),
    );
    blocks.push({ type: 'heading', text: t('chat.home.failed') });
    blocks.push(
      ...(failed.length === 0
        ? [{ type: 'context' as const, text: t('chat.home.failedNone') }]
        : list(failed, (line) => line, t)),
    );
    blocks.push({
      type: 'actions',
      buttons: [
        {
          actionId: ACTIONS.openDashboard,
          label: t('digest.open'),
          value: 'dashboard',
          url: data.dashboardUrl,
        },
      ],
    });
  }
  return blocks;
}
