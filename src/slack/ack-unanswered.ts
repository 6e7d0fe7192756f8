import type { App, Receiver, ReceiverEvent } from '@slack/bolt';

/**
 * Acknowledges whatever no listener acknowledged: an unknown `action_id` (a button from an older
 * version), `view_closed`, a global shortcut. Without it Bolt's HTTP receiver answers 404 after three
 * seconds and Socket Mode never answers, and Slack shows the person an error.
 *
 * It sits between the receiver and the app, where the one `ack` of each request passes, so it knows
 * whether a listener (or Bolt itself, for Events API envelopes) already answered. A middleware cannot
 * know that: Bolt hands each listener its own copy of the arguments, so an `ack` after the listeners
 * was a second one for every handled request (Socket Mode logs "ack() has already been called").
 */
export function ackingUnanswered<R extends Receiver>(receiver: R): R {
  const init = receiver.init.bind(receiver);
  receiver.init = (app: App) => {
    const processEvent = async (event: ReceiverEvent): Promise<void> => {
      let answered = false;
      const ack: ReceiverEvent['ack'] = async (response) => {
        answered = true;
        return event.ack(response);
      };
      try {
        await app.processEvent({ ...event, ack });
      } finally {
        if (!answered) await event.ack();
      }
    };
    // The app as the receiver sees it: its own methods, with `processEvent` going through here.
    init(
      new Proxy(app, {
        get: (target, key) => (key === 'processEvent' ? processEvent : Reflect.get(target, key)),
      }),
    );
  };
  return receiver;
}
