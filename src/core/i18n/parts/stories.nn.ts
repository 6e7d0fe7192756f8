import type { PartCatalog } from '../catalog-types.js';
import type { storiesNb } from './stories.nb.js';

export const storiesNn: PartCatalog<typeof storiesNb> = {
  'storyPost.by': 'Delt av {author}.',
  'storyPost.react':
    'Likar du henne? Reager med ein emoji. Månadsoppsummeringa rangerer historiene etter kor mange ulike personar som har reagert.',
  'digest.stories.rankedBy':
    'Rangert etter kor mange ulike personar som reagerte på historia der ho vart delt (emoji i Slack, 👏 på den lokale sida). Kvar person tel éin gong.',
};
