import { parseArgs } from 'node:util';
import { createAuditTrail, formatAuditEntry } from '../core/audit/audit-trail.js';
import { withRuntime } from './commands.js';
import { type CliIo, type ExitCode, UsageError } from './io.js';

/** `kulturpuls audit [--limit N] [--json]`: the newest admin actions first. */
export function auditCommand(io: CliIo, args: string[]): Promise<ExitCode> {
  const { values } = parseArgs({
    args,
    options: { limit: { type: 'string', default: '50' }, json: { type: 'boolean' } },
  });
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000)
    throw new UsageError('usage: kulturpuls audit [--limit N] [--json] (N from 1 to 10000)');
  return withRuntime(io, async (runtime): Promise<ExitCode> => {
    const entries = await createAuditTrail(runtime).recent(limit);
    if (values.json) io.out(JSON.stringify(entries, null, 2));
    else if (entries.length === 0) io.out('No admin actions recorded yet.');
    else for (const entry of entries) io.out(formatAuditEntry(entry));
    return 0;
  });
}
