import { createAuditTrail } from '../core/audit/audit-trail.js';
import { withRuntime } from './commands.js';
import { type CliIo, type ExitCode, UsageError } from './io.js';

/**
 * `kulturpuls links revoke`: every dashboard link made until now stops working (a lost or forwarded
 * link, a former lead). Pulse pseudonyms are not touched, so open pulses go on as before. The links
 * made in the same second are revoked too; the next digest carries new ones.
 */
export function linksCommand(io: CliIo, args: string[]): Promise<ExitCode> {
  if (args[0] !== 'revoke' || args.length > 1) throw new UsageError('usage: kulturpuls links revoke');
  return withRuntime(io, async (runtime): Promise<ExitCode> => {
    // Wall-clock seconds, as links are stamped when they are made.
    const before = Math.ceil(Date.now() / 1000);
    await createAuditTrail(runtime).record('links.revoked', null, { before });
    io.out(
      `Every dashboard link made before ${new Date(before * 1000).toISOString()} is revoked. Open pulses are not affected.`,
    );
    return 0;
  });
}
