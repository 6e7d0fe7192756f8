import type { PartCatalog } from '../catalog-types.js';
import type { commentsNb } from './comments.nb.js';

// Nynorsk — anonymous comments on pulse statements and the two-way replies.
export const commentsNn: PartCatalog<typeof commentsNb> = {
  'comments.button': 'Kommenter anonymt',
  'comments.form.title': 'Anonym kommentar',
  'comments.form.field': 'Kommentar',
  'comments.form.warning': 'Skriv ikkje namn eller noko som gjer deg attkjenneleg',
  'comments.form.statement': 'Utsegn: «{statement}»',
  'comments.form.back': 'Tilbake til svara',
  'comments.saved':
    'Takk! Kommentaren er lagra utan namnet ditt. Leiarar ser han først når pulsmålinga er avslutta og minst {min} har kommentert same utsegna.',
  'comments.already': 'Du har alt kommentert denne utsegna i denne pulsmålinga.',
  'comments.notVoted': 'Svar på utsegna først, så kan du kommentere ho.',
  'comments.closed': 'Pulsmålinga er avslutta og tek ikkje imot fleire kommentarar.',
  'comments.list.heading': 'Anonyme kommentarar',
  'comments.list.statement': '«{statement}»',
  'comments.list.item': '[{id}] «{text}»',
  'comments.list.withheld': 'Blir ikkje vist: færre enn {min} har kommentert denne utsegna.',
  'comments.list.hint':
    'Svar, skjul eller avslutt med knappane under kvar kommentar, eller skriv `/kulturpuls svar ID tekst`, `/kulturpuls skjul ID` eller `/kulturpuls avslutt ID`. Den som kommenterte får svaret ditt som melding frå meg; du får aldri vite kven det er.',
  'comments.list.open': 'Pulsmålinga er framleis open. Kommentarane blir viste når ho er avslutta.',
  'comments.list.noPulse': 'Inga pulsmåling er avslutta enno.',
  'comments.usage.reply':
    'Skriv `/kulturpuls svar ID tekst`. ID-en står i svaret på `/kulturpuls kommentarar` eller i meldinga du fekk.',
  'comments.usage.id':
    'Skriv ID-en som står i svaret på `/kulturpuls kommentarar`, til dømes `/kulturpuls skjul ab12cd34`.',
  'comments.unknown': 'Fann ingen samtale med ID {id}.',
  'comments.ended': 'Samtalen er avslutta. Det går ikkje å svare meir.',
  'comments.tooLong': 'Svaret kan vere på høgst {max} teikn (no {count}).',
  'comments.sent.lead':
    'Svaret er sendt. Den som skreiv kommentaren får det som melding frå meg, utan at du får vite kven det er.',
  'comments.sent.commenter': 'Svaret ditt er sendt utan namnet ditt.',
  'comments.hidden': 'Kommentaren er skjult og blir ikkje vist igjen. Samtalen er avslutta.',
  'comments.endedNow': 'Samtalen er avslutta. Koplinga til den som skreiv kommentaren er sletta.',
  'comments.dm.toCommenter': 'Ein leiar har svart på kommentaren din',
  'comments.dm.toLead': 'Svar på ein anonym kommentar',
  'comments.dm.yours': 'Kommentaren din: «{text}»',
  'comments.dm.comment': 'Kommentar: «{text}»',
  'comments.dm.lead': 'Leiar: «{text}»',
  'comments.dm.commenter': 'Den som kommenterte: «{text}»',
  'comments.dm.commenterHint':
    'Leiaren veit ikkje kven du er. Svar med knappen eller `/kulturpuls svar {id} tekst`, eller avslutt samtalen.',
  'comments.dm.leadHint': 'Samtale {id}. Svar med knappen eller `/kulturpuls svar {id} tekst`.',
  'comments.reply.button': 'Svar',
  'comments.reply.title': 'Svar',
  'comments.reply.field': 'Svaret ditt',
  'comments.end.button': 'Avslutt samtalen',
  'comments.help.lead':
    '• `/kulturpuls kommentarar [PULS-ID]` – anonyme kommentarar frå siste avslutta pulsmåling\n• `/kulturpuls svar ID tekst` – svar på ein kommentar\n• `/kulturpuls skjul ID` – skjul ein kommentar\n• `/kulturpuls avslutt ID` – avslutt ein samtale',
};
