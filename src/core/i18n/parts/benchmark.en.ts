// English — the KOSTRA benchmark: what is sent, why a file is refused, and the comparison shown.
export const benchmarkEn = {
  'benchmark.refused.unreadable': '{file}: not a Kulturpuls benchmark file. Refused.',
  'benchmark.refused.tampered':
    '{file}: the signature does not match; the file was changed after it was signed. Refused.',
  'benchmark.refused.malformed':
    '{file}: holds a figure under the threshold or a field that does not belong in the file. Refused.',
  'benchmark.refused.unknownKey':
    '{file}: signed with a key not registered for municipality {municipality}. Refused.',
  'benchmark.refused.keysLine':
    'The keys file, line {line}: write the municipality number, the key and optionally the KOSTRA group (1–17). Refused.',
  'benchmark.refused.unpinnedGroup':
    "{file}: municipality {municipality}'s KOSTRA group is not in the table: add the group at the end of its line in the keys file. Refused.",
  'benchmark.refused.wrongGroup':
    '{file}: municipality {municipality} claims KOSTRA group {claimed} but is registered in group {group}. Refused.',
  'benchmark.refused.otherMonth': '{file}: is for {month}, not {expected}. Refused.',
  'benchmark.refused.duplicate':
    '{file}: municipality {municipality} has already sent a file for this month. Refused.',
  'benchmark.refused.wrongCoordinator':
    "{file}: not signed with the coordinator's key (benchmark.coordinatorKey in the config). Refused.",
  'benchmark.refused.noCoordinatorKey':
    "The coordinator's key is missing: set benchmark.coordinatorKey in the config.",
  'benchmark.refused.noMunicipality':
    'The municipality number is missing: set organisation.number in the config.',
  'benchmark.refused.noKostraGroup':
    "Municipality {number}'s KOSTRA group is not in the table: set organisation.kostraGroup in the config (ssb.no lists it).",
  'benchmark.refused.noKey': 'No key in {file}: make one with kulturpuls benchmark keys.',
  'benchmark.explain.heading': 'This is what {organisation} sends to the coordinator for {month}:',
  'benchmark.explain.who': 'Municipality number {number}, KOSTRA group {group}.',
  'benchmark.explain.period':
    'The figures cover {from} to {to} and the whole municipality, never a sector or a unit.',
  'benchmark.explain.figure': '{label}: mean {mean} from {n} answers',
  'benchmark.explain.spread': 'standard deviation {sd}',
  'benchmark.explain.rate': 'Response rate: {rate}',
  'benchmark.explain.noRate': 'Response rate: not sent',
  'benchmark.explain.withheld': {
    one: '{count} figure is not sent, because fewer than {min} people answered it.',
    other: '{count} figures are not sent, because fewer than {min} people answered them.',
  },
  'benchmark.explain.nothing':
    'No figures are sent: fewer than {min} people answered in the whole municipality.',
  'benchmark.explain.never':
    "The file names no person and holds no free text. It is signed with the municipality's key, so the coordinator can see it comes from here and was not changed.",
  'benchmark.heading': 'Compared with similar municipalities',
  'benchmark.col.ours': 'Us',
  'benchmark.col.group': {
    one: 'KOSTRA group {group} ({count} municipality)',
    other: 'KOSTRA group {group} ({count} municipalities)',
  },
  'benchmark.col.national': 'Norway',
  'benchmark.from':
    "The other municipalities' figures are from {month}: means from at least 5 municipalities, weighted by their answers. Where too few municipalities took part, the figure is withheld.",
  'benchmark.old': 'The comparison is old: the latest is from {month}. Ask the coordinator for a new one.',
  'benchmark.missing': 'No comparison with similar municipalities has been imported yet.',
  'benchmark.larger': '{dimension}: {difference} against {area}, larger than the noise (± {margin}).',
  'benchmark.within':
    '{dimension}: {difference} against {area}, within the noise: chance could explain the difference.',
  'benchmark.tooFew':
    '{dimension}: too few answers to tell whether the difference from {area} is larger than the noise.',
  'benchmark.area.group': 'the KOSTRA group',
  'benchmark.area.national': 'Norway',
  'benchmark.chat.line': 'Us {ours} · the group {group} · Norway {national}',
  'benchmark.chat.larger': '{difference} against {area}, larger than the noise (± {margin})',
  'benchmark.chat.within': '{difference} against {area}, within the noise',
  'benchmark.chat.tooFew': 'too few answers to judge the noise',
} as const;
