import type { PartCatalog } from '../catalog-types.js';
import type { dashboardNb } from './dashboard.nb.js';

export const dashboardNn: PartCatalog<typeof dashboardNb> = {
  'dash.title': 'Innovasjonskultur – dashbord',
  'dash.monthPicker': 'Månad',
  'dash.show': 'Vis',
  'dash.previous': 'Førre månad',
  'dash.next': 'Neste månad',
  'dash.language': 'Språk',
  'dash.print': 'Skriv ut',
  'dash.forbidden.title': 'Ingen tilgang',
  'dash.forbidden.text':
    'Dashbordet er berre for innovasjonsleiarar. Opne det med lenkja i månadsoppsummeringa i chatten. Lenkja varer i 45 dagar.',
  'dash.markDone': 'Merk som gjort',
  'dash.markedDone': 'Neste steg er merkt som gjort og vert ikkje lenger følgt opp i oppsummeringa.',
  'dash.notMeasured': 'ikkje målt denne månaden',
  'dash.respondents': 'Personar som svarte',
  'dash.highlight.index': 'Kulturindeksen er {score} av 5',
  'dash.highlight.topStory': {
    one: 'Månadens historie: «{title}»',
    other: 'Månadens historie: «{title}» (av {count} gode historier)',
  },
  'dash.section.index': 'Kulturindeks',
  'dash.index.explain':
    'Kulturindeksen er snittet av dei sju leiingsdimensjonane som kan visast, på ein skala frå 1 til 5 der høgare er betre.',
  'dash.section.trend': 'Utvikling siste 12 månader',
  'dash.section.distribution': 'Svarfordeling per utsegn',
  'dash.section.participationSectors': 'Deltaking per sektor',
  'dash.section.collaboration': 'Samarbeid på tvers av sektorar',
  'dash.section.activity': 'Innovasjonsaktivitet (som i KS Innovasjonsbarometeret)',
  'dash.section.prize': 'Kandidatar til innovasjonsprisen',
  'dash.section.nextSteps': 'Opne neste steg frå tidlegare månader',
  'dash.section.withheld': 'Kva som er halde tilbake, og kvifor',
  'dash.col.month': 'Månad',
  'dash.col.baseline': 'Sidan start',
  'dash.col.reactions': 'Reaksjonar',
  'dash.col.score': 'Prispoeng',
  'dash.col.owner': 'eigar',
  'dash.by': 'Delt av {name}',
  'dash.tryNext': 'prøver neste gong',
  'dash.since': 'ope sidan {month}',
  'dash.activity.month': 'Denne månaden',
  'dash.activity.year': 'Siste 12 månader',
  'dash.activity.stories': 'Gode historier',
  'dash.activity.inUse': 'Teke i bruk',
  'dash.activity.spreading': 'Kan spreiast til andre',
  'dash.activity.realised': 'Teke i bruk med nytte for nokon',
  'dash.collab.summary': '{cross} av {items} historier og nominasjonar hadde meir enn éin sektor med.',
  'dash.prize.explain':
    'Eitt poeng per kriterium i Innovasjonsprisen (0–5), lese av felta i historia. Kandidatar har minst {min} poeng.',
  'dash.prize.nyhetsverdi': 'nyheitsverdi',
  'dash.prize.realisert': 'teke i bruk',
  'dash.prize.brukernytte': 'brukarnytte',
  'dash.prize.arbeidsmater': 'endra arbeidsmåtar',
  'dash.prize.spredning': 'kan spreiast',
  'dash.withheld.cells': {
    one: '{count} utsegn i ei pulsmåling hadde færre enn {n} svar og er halde utanfor alle tal.',
    other: '{count} utsegner i pulsmålingar hadde færre enn {n} svar og er haldne utanfor alle tal.',
  },
  'dash.withheld.lines': {
    one: 'Difor vert eitt tal ikkje vist denne månaden ({questions} utsegner, {dimensions} dimensjonar).',
    other:
      'Difor vert {count} tal ikkje viste denne månaden ({questions} utsegner, {dimensions} dimensjonar).',
  },
  'dash.withheld.sectors': {
    one: 'Eitt sektortal i ei utsegn er halde tilbake. Sektorar som ikkje blir viste i det heile: {sectors}.',
    other:
      '{count} sektortal i utsegner er haldne tilbake. Sektorar som ikkje blir viste i det heile: {sectors}.',
  },
  'dash.withheld.participation': {
    one: 'Éin sektor vert vist utan deltakingstal.',
    other: '{count} sektorar vert viste utan deltakingstal.',
  },
  'dash.withheld.none': 'Ingenting er halde tilbake denne månaden.',
  'dash.withheld.why':
    'Kvifor: ingen tal vert viste for grupper under {n} personar. Når eit tal vert halde tilbake, vert også så mange av dei minste andre tala haldne tilbake at det ikkje kan reknast ut ved å trekkje frå summen. Pulsmålingar vert talde først når dei er avslutta.',
  'dash.chart.dimensions': 'Kulturindeks per leiingsdimensjon',
  'dash.chart.dimensionsDesc': 'Liggjande stolpar, snitt frå 1 til 5: {values}.',
  'dash.chart.trend': 'Kulturindeks siste 12 månader',
  'dash.chart.trendDesc': 'Linje med eitt punkt per månad: {values}.',
  'dash.chart.distributionDesc':
    'Stabla stolpe med del svar frå 1 (heilt usamd) til 5 (heilt samd): {values}.',
  'dash.chart.network': 'Samarbeid mellom sektorar',
  'dash.chart.networkDesc':
    'Nettverk der ein strek tyder at sektorane var med i same historie eller nominasjon: {values}.',
  'dash.chart.noData': 'Ingen tal å vise.',
  'dash.chart.legend': 'Mønster: 1 = heilt usamd … 5 = heilt samd',
  'pol.heading': 'Innovasjon i kommunen: {month}',
  'pol.intro':
    'Ei kort oversikt for folkevalde: kva tilsette har fått til, og korleis kulturen for å prøve nye løysingar utviklar seg.',
  'pol.culture': 'Innovasjonskulturen',
  'pol.index': 'Dei tilsette gir innovasjonskulturen {score} av 5 i snitt.',
  'pol.sinceStartUp': 'Det er {delta} høgare enn då vi byrja å måle i {month}.',
  'pol.sinceStartDown': 'Det er {delta} lågare enn då vi byrja å måle i {month}.',
  'pol.indexWithheld': 'For få svarte denne månaden til at vi kan vise eit tal.',
  'pol.participation': 'I snitt svarte {rate} av dei tilsette på kvar pulsmåling.',
  'pol.activity': {
    one: 'Siste 12 månader har tilsette delt {count} god historie. {inUse} nye løysingar er tekne i bruk, og {spreading} kan takast i bruk av andre.',
    other:
      'Siste 12 månader har tilsette delt {count} gode historier. {inUse} nye løysingar er tekne i bruk, og {spreading} kan takast i bruk av andre.',
  },
  'pol.stories': 'Dette har tilsette fått til',
  'pol.benefits': 'Til nytte for: {who}.',
  'pol.learned': 'Det lærte vi:',
  'pol.recognitions': 'Anerkjent denne månaden',
  'pol.anEmployee': 'Ein tilsett',
  'pol.learning': 'Dette har vi lært',
};
