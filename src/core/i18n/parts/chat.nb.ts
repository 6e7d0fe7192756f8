// Chat commands and screens shared by Slack and Teams (owned by the Slack adapter; Teams reuses them).
export const chatNb = {
  'chat.help':
    'Dette kan du skrive til meg:\n• `/kulturpuls historie` – del en god historie\n• `/kulturpuls nominer` – nominer en kollega eller et team\n• `/kulturpuls puls` – svar på åpne pulsmålinger\n• `/kulturpuls språk nb|nn|en` – velg språk\n• `/kulturpuls sektor` – velg sektoren din\n• `/kulturpuls pause` / `/kulturpuls fortsett` – slå påminnelser av og på\n• `/kulturpuls kaffe bli-med|stå-over|meld-ut` – Kaffe på tvers med en fra en annen sektor\n• `/kulturpuls minedata` – se hva som er lagret om deg\nDe engelske ordene (story, nominate, pulse …) virker også.',
  'chat.help.admin':
    'For innovasjonsledere og administratorer:\n• `/kulturpuls publiser PLAN-ID` – publiser en plan nå\n• `/kulturpuls oppsummering [ÅÅÅÅ-MM]` – vis månedsoppsummeringen\n• `/kulturpuls resultater [PULS-ID]` – resultatene fra siste avsluttede pulsmåling\n• `/kulturpuls resultater notat SETNING` – del dem nå med «Dette gjør vi med det»\n• `/kulturpuls nestesteg` – neste steg som ikke er fulgt opp',
  'chat.unknown': 'Jeg forstod ikke «{word}».',
  'chat.lang.usage':
    'Velg språk med `/kulturpuls språk nb`, `/kulturpuls språk nn` eller `/kulturpuls språk en`.',
  'chat.post.usage': 'Skriv `/kulturpuls publiser PLAN-ID`. Planer: {known}.',
  'chat.post.unknown': 'Fant ingen plan «{id}». Planer: {known}.',
  'chat.post.plan': '`/kulturpuls publiser {id}` ({what})',
  'chat.post.done': {
    one: 'Publisert: {what}, {when}. {count} melding er på vei.',
    other: 'Publisert: {what}, {when}. {count} meldinger er på vei.',
  },
  'chat.post.notDelivered': {
    one: 'Publisert, men meldingen kom ikke fram:',
    other: 'Publisert, men {count} meldinger kom ikke fram:',
  },
  'chat.post.retrying': {
    one: 'Én melding har ikke kommet fram ennå og prøves igjen:',
    other: '{count} meldinger har ikke kommet fram ennå og prøves igjen:',
  },
  'chat.post.othersOnTheWay': {
    one: 'Én annen melding er sendt eller på vei.',
    other: '{count} andre meldinger er sendt eller på vei.',
  },
  'chat.post.addBack': 'Legg Kulturpuls til i kanalen igjen, og publiser på nytt.',
  'chat.post.duplicate': 'Dette er allerede publisert: {what}, {when}.',
  'chat.digest.usage':
    'Skriv `/kulturpuls oppsummering` for forrige måned eller `/kulturpuls oppsummering ÅÅÅÅ-MM`.',
  'chat.mydata.heading': 'Dette lagrer Kulturpuls om deg',
  'chat.mydata.pulseNote':
    'Svarene dine på pulsmålinger lagres uten navn, under en kode som skifter for hver måling, og vises bare samlet for minst {min} personer.',
  'chat.mydata.forget': 'Vil du ha alt slettet? Skriv `/kulturpuls minedata slett`.',
  'chat.mydata.forget.confirm':
    'Dette sletter navnet ditt, innstillingene dine, historiene og refleksjonene du har delt med navn, og nominasjoner du har gitt eller fått. Pulssvar uten navn blir bare igjen i tallene for hele gruppen. Vil du fortsette, skriv `/kulturpuls minedata slett {code}` (koden gjelder ut dagen).',
  'chat.mydata.forget.done':
    'Ferdig: alt Kulturpuls hadde lagret om deg er slettet. Skriver du til meg igjen, begynner vi på nytt.',
  'chat.mydata.forget.wrongCode':
    'Koden stemmer ikke (eller er fra en annen dag). Skriv `/kulturpuls minedata slett` for å få en ny.',
  'chat.reminders.on': 'på',
  'chat.reminders.off': 'satt på pause',
  'chat.language.nb': 'bokmål',
  'chat.language.nn': 'nynorsk',
  'chat.language.en': 'engelsk',
  'chat.thread.saved':
    'Takk! Svaret ditt er lagret. Husk at et svar i tråden vises med navnet ditt for alle i kanalen. Vil du svare uten at andre ser det, bruk knappen «Svar».',
  'chat.close': 'Lukk',
  'chat.truncated': 'Les resten i dashbordet',
  'chat.home.heading': 'Kulturpuls',
  'chat.home.stories': 'Dine historier',
  'chat.home.nominations': 'Dine nominasjoner',
  'chat.home.none': 'Ingen ennå.',
  'chat.home.upcoming': 'Neste planlagte innlegg',
  'chat.home.upcomingNone': 'Ingen planlagte innlegg.',
  'chat.home.failed': 'Leveringer som feilet',
  'chat.home.failedNone': 'Ingen feilede leveringer.',
  'chat.home.awaiting': 'Nominasjoner som venter på anerkjennelse',
  'chat.home.recognise': 'Anerkjenn',
  'chat.home.more': { one: '… og {count} til', other: '… og {count} til' },
  'chat.nomination.status.awaiting_consent': 'venter på svar',
  'chat.nomination.status.accepted': 'godtatt',
  'chat.nomination.status.declined': 'avslått',
  'chat.nomination.status.recognised': 'anerkjent',
} as const;
