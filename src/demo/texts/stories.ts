import type { Dimension, StoryPhase } from '../../core/vocabulary.js';

export interface StoryTemplate {
  title: string;
  whatChanged: string;
  whoBenefits: string;
  learned: string;
  nextStepOwner: string;
  /** Default sector ids; those not configured are dropped (the author's sector is used then). */
  sectors: string[];
  phase: StoryPhase;
  dimension: Dimension;
  inUse: boolean;
  canSpread: boolean;
}

const story = (
  title: string,
  whatChanged: string,
  whoBenefits: string,
  learned: string,
  nextStepOwner: string,
  meta: Pick<StoryTemplate, 'sectors' | 'phase' | 'dimension' | 'inUse' | 'canSpread'>,
): StoryTemplate => ({ title, whatChanged, whoBenefits, learned, nextStepOwner, ...meta });

/** Realistic municipal innovations, in bokmål, each tagged with sector, Veikart phase and dimension. */
export const STORY_TEMPLATES: readonly StoryTemplate[] = [
  story(
    'Digitalt nattilsyn i hjemmetjenesten',
    'Brukere som ønsker det får digitalt tilsyn med sensorer om natten i stedet for fysiske besøk som vekker dem. Nattpatruljen rykker ut når sensoren varsler.',
    'Brukerne sover bedre, og nattpatruljen får mer tid til dem som trenger besøk.',
    'Samtalene med pårørende tok lengre tid enn vi trodde. Trygghet og samtykke først, teknologien etterpå.',
    'Enhetsleder hjemmetjenesten',
    {
      sectors: ['helse-og-omsorg'],
      phase: 'overgang_til_drift',
      dimension: 'brukerorientering',
      inUse: true,
      canSpread: true,
    },
  ),
  story(
    'Medisindispensere som minner på medisinene',
    'Hjemmeboende med faste medisiner får en dispenser som piper og låser opp riktig dose. Hjemmetjenesten får varsel hvis en dose ikke blir tatt.',
    'Brukere som klarer seg selv lenger, og ansatte som slipper mange korte medisinbesøk.',
    'Ikke alle passer for løsningen. En god kartlegging på forhånd sparte oss for mange avbrudd.',
    'Fagansvarlig velferdsteknologi',
    { sectors: ['helse-og-omsorg'], phase: 'ny_praksis', dimension: 'maling', inUse: true, canSpread: true },
  ),
  story(
    'Digital skoleskyss med innsjekk på bussen',
    'Elevene sjekker inn med skolekortet når de går på bussen. Skolen og foreldrene ser om eleven er på vei, og sjåføren slipper papirlister.',
    'Foreldre som vet at barnet er trygt på vei, og skolesekretærer som bruker mindre tid på telefon.',
    'Vi burde tatt med sjåførene i planleggingen fra første dag; de så problemene vi ikke så.',
    'Rektor ved ungdomsskolen',
    {
      sectors: ['oppvekst', 'administrasjon'],
      phase: 'pilotering',
      dimension: 'tverrfaglighet',
      inUse: true,
      canSpread: true,
    },
  ),
  story(
    'Sensorer i kommunale bygg styrer renhold og ventilasjon',
    'Sensorer måler CO₂, temperatur og bruk av rom i skoler og på rådhuset. Renholdet går dit rommene faktisk er brukt, og ventilasjonen følger behovet.',
    'Elever og ansatte får bedre luft, og kommunen sparer energi og renholdstimer.',
    'Dataene var bare nyttige da renholderne selv fikk se dem og være med på å legge om rutene.',
    'Driftsleder eiendom',
    {
      sectors: ['teknisk', 'oppvekst'],
      phase: 'overgang_til_drift',
      dimension: 'maling',
      inUse: true,
      canSpread: true,
    },
  ),
  story(
    'Frisklivssentralen på kveldstid',
    'Etter innspill fra deltakerne flyttet vi halvparten av kursene til kveldstid og startet en gågruppe sammen med idrettslaget.',
    'Innbyggere i full jobb som før ikke kunne delta, og idrettslaget som fikk nye medlemmer.',
    'Vi spurte for sjelden. Én kort spørrerunde ga oss mer enn et helt år med planlegging.',
    'Koordinator Frisklivssentralen',
    {
      sectors: ['helse-og-omsorg', 'kultur'],
      phase: 'ny_praksis',
      dimension: 'brukerorientering',
      inUse: true,
      canSpread: true,
    },
  ),
  story(
    'Biblioteket som møteplass: språkkafé og digital hjelp',
    'Biblioteket har språkkafé med frivillige hver tirsdag og en fast vakt med digital hjelp til BankID, Helsenorge og NAV-søknader.',
    'Nye innbyggere som øver på norsk, og eldre som får hjelp uten å måtte bestille time.',
    'Samarbeidet med frivilligsentralen var nøkkelen. Vi kunne aldri bemannet dette alene.',
    'Biblioteksjef',
    { sectors: ['kultur', 'nav'], phase: 'ny_praksis', dimension: 'nettverk', inUse: true, canSpread: true },
  ),
  story(
    'Meråpent bibliotek i bygdene',
    'Filialene er åpne fra sju til tjueto med bibliotekkortet, også når ingen ansatte er på jobb.',
    'Innbyggere i bygdene, lag og foreninger som trenger et sted å møtes på kveldstid.',
    'Vi var redde for hærverk. Det har ikke skjedd; folk passer på lokalet sitt.',
    'Biblioteksjef',
    { sectors: ['kultur'], phase: 'pilotering', dimension: 'risiko', inUse: true, canSpread: true },
  ),
  story(
    'Felles innsatsteam for unge utenfor skole og jobb',
    'NAV, oppfølgingstjenesten og helsestasjonen for ungdom har ett felles team med én kontaktperson for hver ungdom.',
    'Ungdom som slipper å fortelle historien sin fem ganger, og veiledere som ser hele bildet.',
    'Taushetsplikten var enklere å løse enn vi trodde når samtykket ble hentet riktig fra start.',
    'Leder NAV-kontoret',
    {
      sectors: ['nav', 'oppvekst', 'helse-og-omsorg'],
      phase: 'tjenesteutvikling',
      dimension: 'tverrfaglighet',
      inUse: false,
      canSpread: true,
    },
  ),
  story(
    'Digital søknad om startlån',
    'Søknaden om startlån henter inntekt og likning automatisk, og søkeren får svar på noen dager i stedet for flere uker.',
    'Førstegangskjøpere og saksbehandlere som slipper å etterspørre vedlegg.',
    'Vi forenklet selve regelverket internt før vi digitaliserte. Ellers hadde vi bare laget et digitalt skjema av et dårlig papirskjema.',
    'Leder boligkontoret',
    {
      sectors: ['nav', 'administrasjon'],
      phase: 'overgang_til_drift',
      dimension: 'brukerorientering',
      inUse: true,
      canSpread: true,
    },
  ),
  story(
    'Robot tar fakturamottaket',
    'En programvarerobot kontrollerer og konterer de enkleste fakturaene. Økonomirådgiverne bruker tiden på avvik og rådgivning.',
    'Ansatte i økonomi, og enhetsledere som får raskere svar.',
    'Vi målte tidsbruken før vi startet, ellers kunne vi ikke vist gevinsten.',
    'Økonomisjef',
    { sectors: ['administrasjon'], phase: 'ny_praksis', dimension: 'maling', inUse: true, canSpread: true },
  ),
  story(
    'Tjenestedesign av telefonkøen på legevakten',
    'Vi intervjuet innringere og sykepleiere og fant at mange ringte om ting som kunne løses med en SMS. Nå tester vi tilbakeringing og SMS-svar.',
    'Innringere som slipper lang kø, og sykepleiere som får roligere vakter.',
    'Innsikten fra brukerne snudde løsningen vi hadde tenkt oss på hodet.',
    'Avdelingsleder legevakten',
    {
      sectors: ['helse-og-omsorg'],
      phase: 'innsikt',
      dimension: 'brukerorientering',
      inUse: false,
      canSpread: true,
    },
  ),
  story(
    'Smarte avfallsbeholdere i sentrum',
    'Fyllingssensorer i søppeldunkene i sentrum gjør at vi tømmer når de er fulle, ikke etter fast rute.',
    'Innbyggere som får et renere sentrum, og driftsarbeidere som kjører færre tomme runder.',
    'Sensorene tålte ikke kulda første vinter. Leverandøren fikk beskjed tidlig, og neste versjon holder.',
    'Leder vei og park',
    { sectors: ['teknisk'], phase: 'pilotering', dimension: 'risiko', inUse: true, canSpread: true },
  ),
  story(
    'Én app for beskjeder fra barnehagen',
    'Alle barnehagene bruker samme app for beskjeder, fravær og bilder, og foreldre med annet morsmål får beskjedene oversatt.',
    'Foreldre som får med seg alt, og ansatte som slipper lapper i garderoben.',
    'Felles rutiner betydde mer enn selve appen.',
    'Barnehagefaglig rådgiver',
    {
      sectors: ['oppvekst'],
      phase: 'ny_praksis',
      dimension: 'brukerorientering',
      inUse: true,
      canSpread: false,
    },
  ),
  story(
    'Barna planla den nye lekeplassen',
    'Elevrådene tegnet og stemte over forslag før vi bestilte utstyr. Resultatet ble en helt annen lekeplass enn den vi hadde tegnet.',
    'Barna i nabolaget, og kommunen som unngikk en dyr lekeplass ingen ville bruke.',
    'Medvirkning tar tid, men sparte oss for feilinnkjøp.',
    'Prosjektleder park og idrett',
    {
      sectors: ['teknisk', 'kultur', 'oppvekst'],
      phase: 'innsikt',
      dimension: 'brukerorientering',
      inUse: true,
      canSpread: true,
    },
  ),
  story(
    'Idéverksted hver fredag i teknisk drift',
    'Hver fredag setter vi av en halvtime til forbedringsforslag fra dem som står i driften. De beste testes uka etter.',
    'Ansatte som blir hørt, og innbyggere som merker raskere reparasjoner.',
    'Det viktigste var å gi svar på hvert forslag, også dem vi sa nei til.',
    'Driftssjef',
    { sectors: ['teknisk'], phase: 'forankring', dimension: 'idetid', inUse: true, canSpread: true },
  ),
  story(
    'Fem minutter om det som ikke gikk',
    'Personalmøtene starter med fem minutter om noe som ikke gikk som planlagt, og hva vi lærte av det.',
    'Kollegaer som tør å prøve mer, fordi feil er noe vi lærer av sammen.',
    'Lederen måtte gå foran og fortelle om sine egne feil først.',
    'Kommunalsjef',
    { sectors: ['administrasjon'], phase: 'ny_praksis', dimension: 'laering', inUse: true, canSpread: true },
  ),
  story(
    'Varsling fra vannverket rett på mobilen',
    'Sensorer i høydebasseng og pumpestasjoner varsler vakta på mobilen før noe går galt, i stedet for at innbyggerne må ringe.',
    'Innbyggere som sjeldnere opplever vannbrudd, og vakter som kan rykke ut i tide.',
    'Det tok tid å finne riktige terskler for varsling. For mange varsler er like ille som for få.',
    'Leder vann og avløp',
    { sectors: ['teknisk'], phase: 'ny_praksis', dimension: 'maling', inUse: true, canSpread: true },
  ),
  story(
    'Sommerjobb for ungdom i kommunen',
    'NAV og skolene ga tretti ungdommer sommerjobb i parkdrift, bibliotek og sykehjem, med en fast voksen på hver arbeidsplass.',
    'Ungdom som får sin første jobb, og tjenester som får ekstra hender om sommeren.',
    'En fast kontaktperson på arbeidsplassen var viktigere enn selve arbeidsoppgavene.',
    'Ungdomskoordinator',
    {
      sectors: ['nav', 'oppvekst', 'kultur'],
      phase: 'ny_praksis',
      dimension: 'tverrfaglighet',
      inUse: true,
      canSpread: true,
    },
  ),
];

export const AREAS = ['Nordbyen', 'sentrum', 'Vestsida', 'Østre bydel', 'Sjøsiden', 'Fjellheim', 'Øvre dal'];
