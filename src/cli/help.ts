// The usage texts: `kulturpuls --help` and each command's own, without loading any command.

export const HELP = `kulturpuls — innovation culture, every week

Usage:
  kulturpuls start                         run the bot (migrates the database first)
  kulturpuls migrate                       apply database migrations and exit
  kulturpuls config check [FILE]           validate a config file
  kulturpuls post SCHEDULE_ID --now        post one schedule's occurrence now
  kulturpuls schedule                      show the next scheduled posts
  kulturpuls digest --month YYYY-MM [--format md|json|csv|html] [--out FILE] [--lang nb|nn|en]
                    [--audience leads|politicians] [--csv-dialect excel|rfc4180]
  kulturpuls demo-data [--members N] [--months M] [--seed S]
  kulturpuls export --user PLATFORM:ID     everything stored about a person
  kulturpuls forget --user PLATFORM:ID     erase a person's data
  kulturpuls backup FILE [--with-secret]   online, owner-only copy of the database (the key only if asked)
  kulturpuls restore FILE [--force]        restore a backup (the bot must be stopped)
  kulturpuls audit [--limit N] [--json]    admin actions, newest first
  kulturpuls results list                  recent pulses and whether their results are shared
  kulturpuls results show PULSE_ID [--lang nb|nn|en]   the results as the channel will see them
  kulturpuls results note PULSE_ID "SENTENCE"          add "what we will do about it"; shares now
  kulturpuls links revoke                  every dashboard link made until now stops working
  kulturpuls teams-package [--out FILE]    validated Teams app zip from manifests/teams/
  kulturpuls benchmark keys|export|combine|import   the KOSTRA benchmark (kulturpuls benchmark --help)
`;

export const BENCHMARK_USAGE = `usage:
  kulturpuls benchmark keys [--out FILE] [--force]
      a new Ed25519 signing key (owner-only), beside the config file by default; prints the public key
  kulturpuls benchmark export [--month YYYY-MM] [--out FILE] [--key FILE] [--explain] [--lang nb|nn|en]
      the municipality's signed file for the month (default: last month); --explain prints what it holds
  kulturpuls benchmark combine FILE... --keys REGISTERED --out FILE [--key FILE] [--month YYYY-MM]
      the coordinator: verify the municipalities' files and write the signed national and KOSTRA figures
  kulturpuls benchmark import FILE
      store the coordinator's signed figures; the digest and dashboard compare with them`;

export const DIGEST_USAGE = `usage: kulturpuls digest --month YYYY-MM [--format md|json|csv|html] [--out FILE]
                         [--lang nb|nn|en] [--audience leads|politicians] [--csv-dialect excel|rfc4180]

  --month        the month, in the organisation's time zone (from the first month with answers to now)
  --format       md (default), json (schema/digest.schema.json), csv or html (self-contained, printable)
  --csv-dialect  excel (default: semicolons, decimal commas, UTF-8 BOM, as Norwegian Excel reads it)
                 or rfc4180 (commas and decimal points, for scripts)
  --audience     politicians: the plain-language version (md or html)`;

/** `kulturpuls COMMAND --help`: the command's own usage (its lines of HELP), without running it. */
export function commandHelp(command: string): string {
  if (command === 'digest') return DIGEST_USAGE;
  if (command === 'benchmark') return BENCHMARK_USAGE;
  const lines = HELP.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`  kulturpuls ${command}`));
  if (start === -1) return HELP;
  const end = lines.findIndex((l, i) => i > start && !/^\s{20,}/.test(l));
  return `usage:\n${lines.slice(start, end === -1 ? undefined : end).join('\n')}`;
}
