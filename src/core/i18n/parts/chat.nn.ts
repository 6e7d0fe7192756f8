import type { PartCatalog } from '../catalog-types.js';
import type { chatNb } from './chat.nb.js';

// Nynorsk.
export const chatNn: PartCatalog<typeof chatNb> = {
  'chat.help':
    'Dette kan du skrive til meg:\n• story – del ei god forteljing\n• nominate – nominer ein kollega eller eit team\n• pulse – svar på opne pulsmålingar\n• lang nb|nn|en – vel språk\n• sector – vel sektoren din\n• pause / resume – slå påminningar av og på\n• kaffe join|skip|leave – Kaffe på tvers med ein frå ein annan sektor\n• mydata – sjå kva som er lagra om deg',
  'chat.help.admin':
    'For innovasjonsleiarar og administratorar:\n• post PLAN-ID – publiser ein plan no\n• digest [ÅÅÅÅ-MM] – vis månadsoppsummeringa\n• results [PULS-ID] – resultata frå siste lukka pulsmåling\n• results note SETNING – del dei no med «Dette gjer vi med det»\n• nextsteps – neste steg som ikkje er følgde opp',
  'chat.unknown': 'Eg forstod ikkje «{word}».',
  'chat.lang.usage': 'Vel språk med `lang nb`, `lang nn` eller `lang en`.',
  'chat.post.usage': 'Skriv `post PLAN-ID`. Planar: {known}',
  'chat.post.unknown': 'Fann ingen plan «{id}». Planar: {known}',
  'chat.post.done': {
    one: 'Publisert: {count} melding er på veg ({key}).',
    other: 'Publisert: {count} meldingar er på veg ({key}).',
  },
  'chat.post.duplicate': 'Denne publiseringa er alt gjord ({key}).',
  'chat.digest.usage': 'Skriv `digest` for førre månad eller `digest ÅÅÅÅ-MM`.',
  'chat.mydata.heading': 'Dette lagrar Kulturpuls om deg',
  'chat.mydata.pulseNote':
    'Svara dine på pulsmålingar blir lagra utan namn, under ein kode som skiftar for kvar måling, og blir berre viste samla for minst {min} personar.',
  'chat.mydata.forget': 'Vil du ha alt sletta? Skriv `mydata forget`.',
  'chat.mydata.forget.confirm':
    'Dette slettar namnet ditt, innstillingane dine, historiene og refleksjonane du har delt med namn, og nominasjonar du har gjeve eller fått. Pulssvar utan namn blir berre att i tala for heile gruppa. Vil du halde fram, skriv `mydata forget {code}` (koden gjeld ut dagen).',
  'chat.mydata.forget.done':
    'Ferdig: alt Kulturpuls hadde lagra om deg er sletta. Skriv du til meg igjen, byrjar vi på nytt.',
  'chat.mydata.forget.wrongCode':
    'Koden stemmer ikkje (eller er frå ein annan dag). Skriv `mydata forget` for å få ein ny.',
  'chat.reminders.on': 'på',
  'chat.reminders.off': 'sett på pause',
  'chat.language.nb': 'bokmål',
  'chat.language.nn': 'nynorsk',
  'chat.language.en': 'engelsk',
  'chat.thread.saved':
    'Takk! Svaret ditt er lagra. Hugs at eit svar i tråden blir vist med namnet ditt for alle i kanalen. Vil du svare utan at andre ser det, bruk knappen «Svar».',
  'chat.close': 'Lat att',
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
  'chat.nomination.status.recognised': 'anerkjend',
};
