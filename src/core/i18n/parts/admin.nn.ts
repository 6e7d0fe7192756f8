import type { PartCatalog } from '../catalog-types.js';
import type { adminNb } from './admin.nb.js';

// Nynorsk.
export const adminNn: PartCatalog<typeof adminNb> = {
  'deliveries.heading': 'Leveringar som ikkje kom fram',
  'deliveries.none': 'Alle leveringar har kome fram.',
  'deliveries.notAllowed': 'Dette kan berre administratorar sjå.',
  'deliveries.consent.heading': 'Samtykkeførespurnader som ikkje nådde den nominerte',
  'deliveries.other.heading': 'Andre leveringar som feila',
  'deliveries.item': { one: '{kind} til {target}', other: '{kind} til {target} ({count} gonger)' },
  'deliveries.unknownName': 'ein person utan kjent namn',
  'deliveries.channel': 'ein kanal i {platform}',
  'deliveries.channelFor': 'kanalen for {what} i {platform}',
  'deliveries.platform.slack': 'Slack',
  'deliveries.platform.teams': 'Teams',
  'deliveries.platform.local': 'demoen',
  'deliveries.kind.reflection': 'Refleksjonsspørsmål',
  'deliveries.kind.learning': 'Læringssløyfa',
  'deliveries.kind.pulse': 'Pulsmåling',
  'deliveries.kind.digest': 'Månadsoppsummering',
  'deliveries.kind.reminder': 'Påminning',
  'deliveries.kind.consent': 'Samtykkeførespurnad',
  'deliveries.kind.recognition': 'Anerkjenning',
  'deliveries.kind.notice': 'Melding',
  'deliveries.kind.pulseClosed': 'Avslutta pulsmåling',
  'deliveries.kind.results': 'Resultat',
  'deliveries.kind.checkBack': 'Oppfølging av neste steg',
  'deliveries.kind.kaffePair': 'Kaffe på tvers-par',
  'deliveries.kind.kaffeMet': 'Kaffe på tvers-oppfølging',
  'deliveries.kind.comment': 'Samtale om ein anonym kommentar',
  'deliveries.kind.story': 'Delt historie',
  'deliveries.retrying.heading': 'Leveringar som blir prøvde på nytt',
  'deliveries.anonymousCommenter': 'deltakarane (ikkje namngitt: kommentarane er anonyme)',
  'deliveries.reason.notInstalled':
    'appen er ikkje installert for personen, så boten kan ikkje opne ein chat med dei',
  'deliveries.reason.neverMet': 'boten er ikkje lagd til der enno (legg appen til i teamet eller kanalen)',
  'deliveries.reason.removed': 'boten er fjerna frå kanalen eller samtalen',
  'deliveries.reason.gone':
    'samtalen eller kanalen finst ikkje lenger (sletta, eller feil id i konfigurasjonen)',
  'deliveries.reason.rateLimited': 'plattforma bad oss vente litt (for mange meldingar på kort tid)',
  'deliveries.reason.personGone': 'personen finst ikkje lenger eller er deaktivert',
  'deliveries.reason.credentials': 'innlogginga til plattforma er ugyldig eller manglar tilgang',
  'deliveries.reason.rejected': 'plattforma avviste meldinga',
  'deliveries.reason.platformOff': 'plattforma er ikkje slått på i denne installasjonen',
  'deliveries.reason.waiting': 'ventar på at meldinga ho høyrer til, blir send først',
  'deliveries.reason.nothingToUpdate': 'meldinga som skulle oppdaterast, kom aldri fram',
  'deliveries.reason.other': 'feil frå plattforma ({code})',
  'deliveries.setupPolicy':
    'Installer appen for alle med ein oppsettpolicy i administrasjonssenteret for Teams. Framgangsmåten står i installasjonsrettleiinga (README.md, avsnittet om Microsoft Teams, steg 4).',
  'deliveries.more': {
    one: '… og {count} eldre levering (sjå /metrics og databasen).',
    other: '… og {count} eldre leveringar (sjå /metrics og databasen).',
  },
  'deliveries.note': 'Innhaldet i meldingane blir ikkje vist her. Ingenting av det som feila er publisert.',
  'deliveries.help':
    'For administratorar:\n• `/kulturpuls leveringar` – leveringar som ikkje kom fram, og kvifor',
};
