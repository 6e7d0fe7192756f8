import type { PartCatalog } from '../catalog-types.js';
import type { clicksNb } from './clicks.nb.js';

// Nynorsk.
export const clicksNn: PartCatalog<typeof clicksNb> = {
  'click.heading': 'Eller trykk:',
  'click.pulse': 'Svar på pulsmålingar',
  'click.lang': 'Vel språk',
  'click.sector': 'Vel sektor',
  'click.pause': 'Set påminningar på pause',
  'click.resume': 'Slå på påminningar',
  'click.kaffe': 'Kaffe på tvers',
  'click.kaffe.join': 'Bli med',
  'click.kaffe.skip': 'Stå over neste runde',
  'click.kaffe.leave': 'Meld meg ut',
  'click.mydata': 'Mine data',
  'click.forget': 'Slett alt om meg',
  'click.forget.question': 'Er du sikker?',
  'click.forget.sure': 'Ja, slett alt',
  'click.recognise': 'Nominasjonar å anerkjenne',
  'click.post.force': 'Publiser likevel',
  'click.post': 'Publiser no',
  'click.digest': 'Månadsoppsummering',
  'click.results': 'Resultat',
  'click.nextsteps': 'Neste steg',
  'click.comments': 'Anonyme kommentarar',
  'click.deliveries': 'Leveringar',
  'click.help': 'Kva kan eg gjere?',
  'click.comments.hide': 'Skjul',
  'click.results.note': 'Legg til éi setning og del',
  'click.results.noteTitle': 'Dette gjer vi med det',
  'click.results.noteField': 'Éi setning om kva de gjer med resultata',
  'click.results.noteIntro': 'Resultata frå pulsmålinga {date} blir delte i kanalen saman med setninga di.',
};
