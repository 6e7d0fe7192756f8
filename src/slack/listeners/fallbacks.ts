import type { App } from '@slack/bolt';

// Bolt's HTTP receiver throws this when a second ack() comes; Socket Mode only logs it.
const MULTIPLE_ACK = 'slack_bolt_receiver_ack_multiple_error';

/**
 * Acknowledges whatever no listener acknowledged: an unknown `action_id` (a button from an older
 * version), `view_closed`, a global shortcut. Without this Bolt answers 404 after three seconds and
 * Slack shows the person an error. Registered last; it runs after every listener has finished.
 */
export function registerFallbacks(app: App): void {
  app.use(async (args) => {
    const ack = 'ack' in args ? (args.ack as (() => Promise<void>) | undefined) : undefined;
    try {
      await args.next();
    } finally {
      await ack?.().catch((error: unknown) => {
        if ((error as { code?: string }).code !== MULTIPLE_ACK) throw error;
      });
    }
  });
}
