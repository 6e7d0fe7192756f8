import type { PartCatalog } from '../catalog-types.js';
import type { chatNb } from './chat.nb.js';

// Nynorsk.
export const chatNn: PartCatalog<typeof chatNb> = {
  'chat.help':
    'Dette kan du skrive til meg:\n• `/kulturpuls historie` – del ei god historie\n• `/kulturpuls nominer` – nominer ein kollega eller eit team\n• `/kulturpuls puls` – svar på opne pulsmålingar\n• `/kulturpuls språk nb|nn|en` – vel språk\n• `/kulturpuls sektor` – vel sektoren din\n• `/kulturpuls pause` / `/kulturpuls fortset` – slå påminningar av og på\n• `/kulturpuls kaffe bli-med|stå-over|meld-ut` – Kaffe på tvers med ein frå ein annan sektor\n• `/kulturpuls minedata` – sjå kva som er lagra om deg\nDei engelske orda (story, nominate, pulse …) verkar òg.',
  'chat.help.admin':
    'For innovasjonsleiarar og administratorar:\n• `/kulturpuls publiser PLAN-ID` – publiser ein plan no\n• `/kulturpuls oppsummering [ÅÅÅÅ-MM]` – vis månadsoppsummeringa\n• `/kulturpuls resultat [PULS-ID]` – resultata frå siste avslutta pulsmåling\n• `/kulturpuls resultat notat SETNING` – del dei no med «Dette gjer vi med det»\n• `/kulturpuls nestesteg` – neste steg som ikkje er følgde opp',
  'chat.unknown': 'Eg forstod ikkje «{word}».',
  'chat.lang.usage':
    'Vel språk med `/kulturpuls språk nb`, `/kulturpuls språk nn` eller `/kulturpuls språk en`.',
  'chat.post.usage': 'Skriv `/kulturpuls publiser PLAN-ID`. Planar: {known}.',
  'chat.post.unknown': 'Fann ingen plan «{id}». Planar: {known}.',
  'chat.post.plan': '`/kulturpuls publiser {id}` ({what})',
  'chat.post.done': {
    one: 'Publisert: {what}, {when}. {count} melding er på veg.',
    other: 'Publisert: {what}, {when}. {count} meldingar er på veg.',
  },
  'chat.post.notDelivered': {
    one: 'Publisert, men meldinga kom ikkje fram:',
    other: 'Publisert, men {count} meldingar kom ikkje fram:',
  },
  'chat.post.retrying': {
    one: 'Éi melding har ikkje kome fram enno og blir prøvd på nytt:',
    other: '{count} meldingar har ikkje kome fram enno og blir prøvde på nytt:',
  },
  'chat.post.othersOnTheWay': {
    one: 'Éi anna melding er send eller på veg.',
    other: '{count} andre meldingar er sende eller på veg.',
  },
  'chat.post.addBack': 'Legg Kulturpuls til i kanalen igjen, og publiser på nytt.',
  'chat.post.duplicate': 'Dette er alt publisert: {what}, {when}.',
  'chat.digest.usage':
    'Skriv `/kulturpuls oppsummering` for førre månad eller `/kulturpuls oppsummering ÅÅÅÅ-MM`.',
  'chat.mydata.heading': 'Dette lagrar Kulturpuls om deg',
  'chat.mydata.pulseNote':
    'Svara dine på pulsmålingar blir lagra utan namn, under ein kode som skiftar for kvar måling, og blir berre viste samla for minst {min} personar.',
  'chat.mydata.forget': 'Vil du ha alt sletta? Skriv `/kulturpuls minedata slett`.',
  'chat.mydata.forget.confirm':
    'Dette slettar namnet ditt, innstillingane dine, historiene og refleksjonane du har delt med namn, og nominasjonar du har gitt eller fått. Pulssvar utan namn blir berre att i tala for heile gruppa. Vil du halde fram, skriv `/kulturpuls minedata slett {code}` (koden gjeld ut dagen).',
  'chat.mydata.forget.done':
    'Ferdig: alt Kulturpuls hadde lagra om deg er sletta. Skriv du til meg igjen, byrjar vi på nytt.',
  'chat.mydata.forget.wrongCode':
    'Koden stemmer ikkje (eller er frå ein annan dag). Skriv `/kulturpuls minedata slett` for å få ein ny.',
  'chat.reminders.on': 'på',
  'chat.reminders.off': 'sett på pause',
  'chat.language.nb': 'bokmål',
  'chat.language.nn': 'nynorsk',
  'chat.language.en': 'engelsk',
  'chat.thread.saved':
    'Takk! Svaret ditt er lagra. Hugs at eit svar i tråden blir vist med namnet ditt for alle i kanalen. Vil du svare utan at andre ser det, bruk knappen «Svar».',
  'chat.close': 'Lukk',
  'chat.truncated': 'Les resten i dashbordet',
  'chat.home.heading': 'Kulturpuls',
  'chat.home.stories': 'Historiene dine',
  'chat.home.nominations': 'Nominasjonane dine',
  'chat.home.none': 'Ingen enno.',
  'chat.home.upcoming': 'Neste planlagde innlegg',
  'chat.home.upcomingNone': 'Ingen planlagde innlegg.',
  'chat.home.failed': 'Leveringar som feila',
  'chat.home.failedNone': 'Ingen feila leveringar.',
  'chat.home.awaiting': 'Nominasjonar som ventar på anerkjenning',
  'chat.home.recognise': 'Anerkjenn',
  'chat.home.more': { one: '… og {count} til', other: '… og {count} til' },
  'chat.nomination.status.awaiting_consent': 'ventar på svar',
  'chat.nomination.status.accepted': 'godteken',
  'chat.nomination.status.declined': 'avslått',
  'chat.nomination.status.recognised': 'anerkjent',
};
