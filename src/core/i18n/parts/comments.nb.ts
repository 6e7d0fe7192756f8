// Bokmål — anonymous comments on pulse statements and the two-way replies (the reference for nn and en).
export const commentsNb = {
  'comments.button': 'Kommenter anonymt',
  'comments.form.title': 'Anonym kommentar',
  'comments.form.field': 'Kommentar',
  'comments.form.warning': 'Skriv ikke navn eller noe som gjør deg gjenkjennelig',
  'comments.form.statement': 'Utsagn: «{statement}»',
  'comments.form.back': 'Tilbake til svarene',
  'comments.saved':
    'Takk! Kommentaren er lagret uten navnet ditt. Ledere ser den først når pulsmålingen er avsluttet og minst {min} har kommentert samme utsagn.',
  'comments.already': 'Du har allerede kommentert dette utsagnet i denne pulsmålingen.',
  'comments.notVoted': 'Svar på utsagnet først, så kan du kommentere det.',
  'comments.closed': 'Pulsmålingen er avsluttet og tar ikke imot flere kommentarer.',
  'comments.list.heading': 'Anonyme kommentarer',
  'comments.list.statement': '«{statement}»',
  'comments.list.item': '[{id}] «{text}»',
  'comments.list.withheld': 'Vises ikke: færre enn {min} har kommentert dette utsagnet.',
  'comments.list.hint':
    'Svar, skjul eller avslutt med knappene under hver kommentar, eller skriv `/kulturpuls svar ID tekst`, `/kulturpuls skjul ID` eller `/kulturpuls avslutt ID`. Den som kommenterte får svaret ditt som melding fra meg; du får aldri vite hvem det er.',
  'comments.list.open': 'Pulsmålingen er fortsatt åpen. Kommentarene vises når den er avsluttet.',
  'comments.list.noPulse': 'Ingen pulsmåling er avsluttet ennå.',
  'comments.usage.reply':
    'Skriv `/kulturpuls svar ID tekst`. ID-en står i svaret på `/kulturpuls kommentarer` eller i meldingen du fikk.',
  'comments.usage.id':
    'Skriv ID-en som står i svaret på `/kulturpuls kommentarer`, for eksempel `/kulturpuls skjul ab12cd34`.',
  'comments.unknown': 'Fant ingen samtale med ID {id}.',
  'comments.ended': 'Samtalen er avsluttet. Det går ikke å svare mer.',
  'comments.tooLong': 'Svaret kan være på høyst {max} tegn (nå {count}).',
  'comments.sent.lead':
    'Svaret er sendt. Den som skrev kommentaren får det som melding fra meg, uten at du får vite hvem det er.',
  'comments.sent.commenter': 'Svaret ditt er sendt uten navnet ditt.',
  'comments.hidden': 'Kommentaren er skjult og vises ikke igjen. Samtalen er avsluttet.',
  'comments.endedNow': 'Samtalen er avsluttet. Koblingen til den som skrev kommentaren er slettet.',
  'comments.dm.toCommenter': 'En leder har svart på kommentaren din',
  'comments.dm.toLead': 'Svar på en anonym kommentar',
  'comments.dm.yours': 'Din kommentar: «{text}»',
  'comments.dm.comment': 'Kommentar: «{text}»',
  'comments.dm.lead': 'Leder: «{text}»',
  'comments.dm.commenter': 'Den som kommenterte: «{text}»',
  'comments.dm.commenterHint':
    'Lederen vet ikke hvem du er. Svar med knappen eller `/kulturpuls svar {id} tekst`, eller avslutt samtalen.',
  'comments.dm.leadHint': 'Samtale {id}. Svar med knappen eller `/kulturpuls svar {id} tekst`.',
  'comments.reply.button': 'Svar',
  'comments.reply.title': 'Svar',
  'comments.reply.field': 'Svaret ditt',
  'comments.end.button': 'Avslutt samtalen',
  'comments.help.lead':
    '• `/kulturpuls kommentarer [PULS-ID]` – anonyme kommentarer fra siste avsluttede pulsmåling\n• `/kulturpuls svar ID tekst` – svar på en kommentar\n• `/kulturpuls skjul ID` – skjul en kommentar\n• `/kulturpuls avslutt ID` – avslutt en samtale',
} as const;
