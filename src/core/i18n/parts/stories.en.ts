import type { PartCatalog } from '../catalog-types.js';
import type { storiesNb } from './stories.nb.js';

export const storiesEn: PartCatalog<typeof storiesNb> = {
  'storyPost.by': 'Shared by {author}.',
  'storyPost.react':
    'Like it? React with an emoji. The monthly digest ranks stories by how many different people reacted.',
  'storyPost.clap':
    'Like it? Press 👏. The monthly digest ranks stories by how many different people applauded.',
  'storyPost.clapButton': '👏',
  'storyPost.clapped': 'Thanks for the 👏! Applause so far: {count}.',
  'storyPost.ownStory': 'Your own story does not count.',
  'digest.stories.rankedBy':
    'Ranked by how many different people reacted to the story where it was shared (emoji in Slack, 👏 on the local page). Each person counts once.',
};
