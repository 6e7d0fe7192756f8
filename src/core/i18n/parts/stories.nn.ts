import type { PartCatalog } from '../catalog-types.js';
import type { storiesNb } from './stories.nb.js';

export const storiesNn: PartCatalog<typeof storiesNb> = {
  'storyPost.by': 'Delt av {author}.',
  'storyPost.react':
    'Likar du ho? Reager med ein emoji. Månadsoppsummeringa rangerer historiene etter kor mange ulike personar som har reagert.',
  'storyPost.clap':
    'Likar du ho? Trykk 👏. Månadsoppsummeringa rangerer historiene etter kor mange ulike personar som har applaudert.',
  'storyPost.clapButton': '👏',
  'storyPost.clapped': 'Takk for 👏! Applaus så langt: {count}.',
  'storyPost.ownStory': 'Di eiga historie tel ikkje med.',
  'digest.stories.rankedBy':
    'Rangert etter kor mange ulike personar som reagerte på historia der ho vart delt (emoji i Slack, 👏 på den lokale sida). Kvar person tel éin gong.',
};
