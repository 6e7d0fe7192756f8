import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { createAuditTrail } from '../core/audit/audit-trail.js';
import { BENCHMARK_FORMAT, combineFigures } from '../core/benchmark/combine.js';
import { explainMunicipalityFile } from '../core/benchmark/explain.js';
import { MUNICIPALITY_FORMAT, municipalityFigures } from '../core/benchmark/municipality-file.js';
import { BenchmarkRefusal } from '../core/benchmark/refusal.js';
import { newKeyPair, publicKeyOf, signFile } from '../core/benchmark/signed-file.js';
import { parseRegisteredKeys, verifyMunicipalityFiles } from '../core/benchmark/verify-files.js';
import { DigestMonthError } from '../core/digest/digest-service.js';
import { localMonth, MONTH_PATTERN, shiftMonth } from '../core/time.js';
import {
  defaultKeyFile,
  localeOf,
  readKey,
  readText,
  refusingInOneLine,
  writeOwnerOnly,
} from './benchmark-files.js';
import { withRuntime } from './commands.js';
import { BENCHMARK_USAGE } from './help.js';
import { type CliIo, configOrExit, type ExitCode, UsageError } from './io.js';

const SUBCOMMANDS: Record<string, (io: CliIo, args: string[]) => Promise<ExitCode>> = {
  keys: keysCommand,
  export: exportCommand,
  combine: combineCommand,
  import: async (io, args) => (await import('./benchmark-import.js')).importCommand(io, args),
};

/** `kulturpuls benchmark keys|export|combine|import`: the KOSTRA benchmark, file by file. */
export function benchmarkCommand(io: CliIo, args: string[]): Promise<ExitCode> {
  const run = SUBCOMMANDS[args[0] ?? ''];
  if (!run) throw new UsageError(BENCHMARK_USAGE);
  return run(io, args.slice(1));
}

async function keysCommand(io: CliIo, args: string[]): Promise<ExitCode> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' }, force: { type: 'boolean' } } });
  const config = configOrExit(io);
  if (!config) return 1;
  const file = values.out ?? defaultKeyFile(config);
  const { privatePem, publicKey } = newKeyPair();
  try {
    writeOwnerOnly(file, privatePem, values.force === true);
  } catch (error) {
    if ((error as { code?: string }).code !== 'EEXIST') throw error;
    io.err(`${file} exists: a key in use is never replaced silently (--force replaces it).`);
    return 1;
  }
  const publicFile = `${file.replace(/\.pem$/, '')}.pub`;
  writeFileSync(publicFile, `${publicKey}\n`);
  io.out(`Wrote the private key to ${file} (owner-only) and the public key to ${publicFile}.`);
  io.out(`Public key (give it to the coordinator): ${publicKey}`);
  return 0;
}

function exportCommand(io: CliIo, args: string[]): Promise<ExitCode> {
  const { values } = parseArgs({
    args,
    options: {
      month: { type: 'string' },
      out: { type: 'string' },
      key: { type: 'string' },
      explain: { type: 'boolean' },
      lang: { type: 'string' },
    },
  });
  if (values.month !== undefined && !MONTH_PATTERN.test(values.month)) throw new UsageError(BENCHMARK_USAGE);
  return withRuntime(io, async (runtime) => {
    const locale = localeOf(values.lang, runtime.config);
    // Without --month: the month before this one where the organisation is (a monthly timer's run).
    const month = values.month ?? shiftMonth(localMonth(runtime.clock.now(), runtime.settings.timezone), -1);
    return refusingInOneLine(io, locale, async () => {
      const { municipality, organisation } = runtime.settings;
      if (!municipality) throw new BenchmarkRefusal('noMunicipality');
      const { number, kostraGroup } = municipality;
      if (kostraGroup === null) throw new BenchmarkRefusal('noKostraGroup', { number });
      const privatePem = readKey(values.key ?? defaultKeyFile(runtime.config));
      let digest: Awaited<ReturnType<typeof runtime.core.digests.forMonth>>;
      try {
        digest = await runtime.core.digests.forMonth(month);
      } catch (error) {
        if (!(error instanceof DigestMonthError)) throw error;
        io.err(`No figures for ${month}: choose a month from ${error.range.first} to ${error.range.last}.`);
        return 2;
      }
      const payload = municipalityFigures(digest, { number, kostraGroup });
      const text = signFile(MUNICIPALITY_FORMAT, payload, privatePem);
      const out = values.out ?? `kulturpuls-benchmark-${number}-${month}.json`;
      writeFileSync(out, text);
      await createAuditTrail(runtime).record('benchmark.exported', null, {
        month,
        figures: Object.keys(payload.figures).length,
      });
      if (values.explain)
        io.out(explainMunicipalityFile(payload, { organisation, lines: digest.dimensions.length }, locale));
      io.out(`Wrote ${out}`);
      return 0;
    });
  });
}

function combineCommand(io: CliIo, args: string[]): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      keys: { type: 'string' },
      key: { type: 'string' },
      month: { type: 'string' },
      lang: { type: 'string' },
    },
  });
  if (!values.out || !values.keys || positionals.length === 0) throw new UsageError(BENCHMARK_USAGE);
  if (values.month !== undefined && !MONTH_PATTERN.test(values.month)) throw new UsageError(BENCHMARK_USAGE);
  const config = configOrExit(io);
  if (!config) return Promise.resolve(1);
  const locale = localeOf(values.lang, config);
  return refusingInOneLine(io, locale, async () => {
    const registered = parseRegisteredKeys(readText(values.keys as string));
    const files = positionals.map((file) => ({ name: basename(file), text: readText(file) }));
    const figures = verifyMunicipalityFiles(files, registered, values.month);
    const privatePem = readKey(values.key ?? defaultKeyFile(config));
    const combined = combineFigures(figures);
    writeFileSync(values.out as string, signFile(BENCHMARK_FORMAT, combined, privatePem));
    io.out(
      `Combined ${figures.length} file(s) for ${combined.month} into ${values.out}, signed with ${publicKeyOf(privatePem)}.`,
    );
    return 0;
  });
}
