import {defineType} from 'sanity'
import {localeStringList} from '../fields'

/** The strategy's simplified SWOT analysis. */
export const swot = defineType({
  name: 'swot',
  title: 'Förenklad SWOT-analys',
  description: 'Styrkor, svagheter, möjligheter och hot, en punkt per rad.',
  type: 'object',
  fields: [
    localeStringList({name: 'strengths', title: 'Styrkor', min: 1}),
    localeStringList({name: 'weaknesses', title: 'Svagheter', min: 1}),
    localeStringList({name: 'opportunities', title: 'Möjligheter', min: 1}),
    localeStringList({name: 'threats', title: 'Hot', min: 1}),
  ],
})
