import type { Question } from '../records.js';
import { leadershipStatement } from './define-question.js';

// Statements for a five-point agreement scale on the seven leadership dimensions of the source text.
// Written about the team or workplace, and about innovation specifically, so they stay clear of the
// employee-survey items the municipality runs on its own.
export const LEADERSHIP_STATEMENTS: readonly Question[] = Object.freeze([
  leadershipStatement('pulse-lederforankring-1', 'lederforankring', {
    nb: 'Ledelsen hos oss viser tydelig at innovasjon er viktig.',
    nn: 'Leiinga hos oss viser tydeleg at innovasjon er viktig.',
    en: 'Our management clearly shows that innovation matters.',
  }),
  leadershipStatement('pulse-lederforankring-2', 'lederforankring', {
    nb: 'Vi vet hva kommunen vil oppnå med innovasjon, og hva det betyr for vårt arbeid.',
    nn: 'Vi veit kva kommunen vil oppnå med innovasjon, og kva det tyder for arbeidet vårt.',
    en: 'We know what the municipality wants to achieve through innovation and what it means for our work.',
  }),
  leadershipStatement('pulse-oppmerksomhet-1', 'oppmerksomhet', {
    nb: 'Hos oss deler vi gode historier om nye løsninger som har fungert.',
    nn: 'Hos oss deler vi gode historier om nye løysingar som har fungert.',
    en: 'We share good stories about new solutions that have worked.',
  }),
  leadershipStatement('pulse-oppmerksomhet-2', 'oppmerksomhet', {
    nb: 'På min arbeidsplass legger vi merke til og snakker om nye ideer og forbedringer.',
    nn: 'På arbeidsplassen min legg vi merke til og snakkar om nye idear og forbetringar.',
    en: 'At my workplace, we notice and talk about new ideas and improvements.',
  }),
  leadershipStatement('pulse-tverrfaglighet-1', 'tverrfaglighet', {
    nb: 'Vi samarbeider gjerne med andre fagområder når vi skal løse nye oppgaver.',
    nn: 'Vi samarbeider gjerne med andre fagområde når vi skal løyse nye oppgåver.',
    en: 'We readily work with other disciplines when we take on new tasks.',
  }),
  leadershipStatement('pulse-tverrfaglighet-2', 'tverrfaglighet', {
    nb: 'På min arbeidsplass er det lett å få til samarbeid på tvers av sektorer.',
    nn: 'På arbeidsplassen min er det lett å få til samarbeid på tvers av sektorar.',
    en: 'At my workplace, it is easy to set up collaboration across sectors.',
  }),
  leadershipStatement('pulse-nettverk-1', 'nettverk', {
    nb: 'Vi har gode kontakter i andre enheter og sektorer som vi kan spørre om råd.',
    nn: 'Vi har gode kontaktar i andre einingar og sektorar som vi kan spørje om råd.',
    en: 'We have good contacts in other units and sectors whom we can ask for advice.',
  }),
  leadershipStatement('pulse-nettverk-2', 'nettverk', {
    nb: 'På min arbeidsplass møtes vi på tvers av nivåer og deler erfaringer, både formelt og uformelt.',
    nn: 'På arbeidsplassen min møtest vi på tvers av nivå og deler erfaringar, både formelt og uformelt.',
    en: 'At my workplace, we meet across levels and share experience, both formally and informally.',
  }),
  leadershipStatement('pulse-anerkjennelse-1', 'anerkjennelse', {
    nb: 'Hos oss setter vi pris på dem som tar initiativ til forbedringer.',
    nn: 'Hos oss set vi pris på dei som tek initiativ til forbetringar.',
    en: 'We appreciate the people who take the initiative to improve things.',
  }),
  leadershipStatement('pulse-anerkjennelse-2', 'anerkjennelse', {
    nb: 'På min arbeidsplass er det forventet at vi kommer med forslag til nye måter å jobbe på.',
    nn: 'På arbeidsplassen min er det venta at vi kjem med forslag til nye måtar å arbeide på.',
    en: 'At my workplace, we are expected to suggest new ways of working.',
  }),
  leadershipStatement('pulse-maling-1', 'maling', {
    nb: 'Vi følger med på om det nye vi prøver ut, gir resultater.',
    nn: 'Vi følgjer med på om det nye vi prøver ut, gir resultat.',
    en: 'We keep track of whether the new things we try deliver results.',
  }),
  leadershipStatement('pulse-maling-2', 'maling', {
    nb: 'På min arbeidsplass er innovasjon en del av målene og planene våre.',
    nn: 'På arbeidsplassen min er innovasjon ein del av måla og planane våre.',
    en: 'At my workplace, innovation is part of our goals and plans.',
  }),
  leadershipStatement('pulse-brukerorientering-1', 'brukerorientering', {
    nb: 'Når vi utvikler noe nytt, tar vi utgangspunkt i behovene til dem vi er til for.',
    nn: 'Når vi utviklar noko nytt, tek vi utgangspunkt i behova til dei vi er til for.',
    en: 'When we develop something new, we start from the needs of the people we serve.',
  }),
  leadershipStatement('pulse-brukerorientering-2', 'brukerorientering', {
    nb: 'På min arbeidsplass veier nytten for brukerne tyngre enn interne hensyn.',
    nn: 'På arbeidsplassen min veg nytta for brukarane tyngre enn interne omsyn.',
    en: 'At my workplace, the benefit to the people we serve outweighs internal concerns.',
  }),
]);
