import type { z } from 'zod';

export interface ConfigProblem {
  /** Where: `schedules[1].cron`, `env.SLACK_SIGNING_SECRET`, or `file:line:column` for YAML syntax. */
  path: string;
  message: string;
  fix?: string;
  /** Line in the config file, when the problem points at a field that is there. */
  line?: number;
}

export type PathSegment = string | number;

export function formatPath(segments: readonly PropertyKey[], prefix = ''): string {
  let path = prefix;
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(segment)))
      path += path === '' ? String(segment) : `.${String(segment)}`;
    else path += `[${JSON.stringify(String(segment))}]`;
  }
  return path === '' ? '(root)' : path;
}

/** One line per problem: `path (line N) — message (fix)`. */
export function formatProblems(problems: readonly ConfigProblem[]): string {
  return problems
    .map((problem) => {
      const where = problem.line === undefined ? problem.path : `${problem.path} (line ${problem.line})`;
      return `${where} — ${problem.message}${problem.fix ? ` (${problem.fix})` : ''}`;
    })
    .join('\n');
}

const EXAMPLE_HINT = 'see kulturpuls.example.yaml for every field';

/** Turns zod issues into problems; `locate` gives the YAML line of a path when known. */
export function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  prefix = '',
  locate: (path: PathSegment[]) => number | undefined = () => undefined,
): ConfigProblem[] {
  return issues.flatMap((issue): ConfigProblem[] => {
    const path = issue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) =>
        withLine({ path: formatPath([...path, key], prefix), message: 'unknown field', fix: EXAMPLE_HINT }, [
          ...path,
          key,
        ]),
      );
    }
    return [withLine({ path: formatPath(path, prefix), ...describeIssue(issue) }, path)];
  });

  function withLine(problem: ConfigProblem, path: PathSegment[]): ConfigProblem {
    const line = locate(path);
    return line === undefined ? problem : { ...problem, line };
  }
}

function describeIssue(issue: z.core.$ZodIssue): { message: string; fix?: string } {
  switch (issue.code) {
    case 'invalid_value':
      return { message: `must be one of: ${issue.values.map((value) => String(value)).join(', ')}` };
    case 'invalid_type':
      return issue.input === undefined
        ? { message: 'is required' }
        : { message: `must be ${article(issue.expected)}, not ${describeValue(issue.input)}` };
    case 'too_small':
      if (issue.origin === 'array') return { message: `needs at least ${issue.minimum} item(s)` };
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return { message: 'must not be empty' };
      return { message: issue.message };
    default:
      return { message: issue.message };
  }
}

function article(expected: string): string {
  if (expected === 'int') return 'a whole number';
  if (expected === 'object') return 'a mapping (key: value)';
  if (expected === 'array') return 'a list';
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}
