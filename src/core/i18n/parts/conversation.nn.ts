import type { PartCatalog } from '../catalog-types.js';
import type { conversationNb } from './conversation.nb.js';

export const conversationNn: PartCatalog<typeof conversationNb> = {
  'chat.help.manager': 'For leiarar:\n• `/kulturpuls anerkjenn` – nominasjonar som ventar på anerkjenning',
  'chat.results.hint':
    'Pulsmålinga frå {date}. Legg til éi setning om kva de gjer med det, så blir resultata delte no: `/kulturpuls resultat notat …`.',
  'chat.results.hintNamed':
    'Pulsmålinga frå {date}. Legg til éi setning om kva de gjer med det, så blir resultata delte no: `/kulturpuls resultat notat {id} …`.',
  'chat.results.shared': 'Resultata er alt delte i kanalen.',
  'chat.results.none': 'Inga pulsmåling er avslutta dei siste tre månadene.',
  'reflection.noteButtonOnly': 'Svar med knappen, så vel du sjølv om namnet ditt blir med.',
  'nomination.consent.undelivered':
    'Vi fekk ikkje spurt {nominee} om nominasjonen din: Kulturpuls når ikkje fram til personen (appen er kanskje ikkje installert for dei). Nominasjonen ventar; sei gjerne frå til ein administrator.',
  'nomination.consent.undeliveredUnnamed':
    'Vi fekk ikkje spurt kollegaen du nominerte om nominasjonen din: Kulturpuls når ikkje fram til personen (appen er kanskje ikkje installert for dei). Nominasjonen ventar; sei gjerne frå til ein administrator.',
  'nomination.consent.acceptedNominatorUnnamed':
    'Kollegaen du nominerte har sagt ja til nominasjonen din. Ein leiar kan no anerkjenne han.',
  'nomination.consent.acceptedNominator':
    '{nominee} har sagt ja til nominasjonen din. Ein leiar kan no anerkjenne han.',
  'chat.mydata.name': 'Namn',
  'chat.mydata.email': 'E-post',
  'chat.mydata.sector': 'Sektor',
  'chat.mydata.notStored': 'ikkje lagra',
  'chat.mydata.language': 'Språk',
  'chat.mydata.reminders': 'Påminningar',
  'chat.mydata.stories': 'Historier',
  'chat.mydata.reflections': 'Refleksjonar med namnet ditt',
  'chat.mydata.roles': 'Roller',
  'chat.mydata.roleId': 'ID til rollene i oppsettet',
  'chat.mydata.nominations': 'Nominasjonar du har gitt eller fått',
  'chat.post.pulseOpen':
    'Ei pulsmåling frå denne planen er allereie open i same kanal. Vil du likevel publisere ei ny, skriv `/kulturpuls publiser {id} tving`.',
  'chat.recognise.none': 'Ingen nominasjonar ventar på anerkjenning no.',
  'chat.privateOnly':
    'Dette svaret er berre for deg og blir ikkje vist i kanalen. Skriv det same i den personlege chatten med Kulturpuls.',
  'chat.recognise.item': '{nominee} – {dimension}',
  'chat.thread.useButton':
    'Svar i tråden blir ikkje lagra. Bruk knappen «Svar» på spørsmålet, så kjem svaret ditt med.',
};
