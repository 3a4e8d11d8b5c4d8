import {defineTaxonomy} from './taxonomy'

/** How far a business has come (idé, nystartat …). */
export const businessStage = defineTaxonomy({
  name: 'businessStage',
  title: 'Skede',
  description:
    'Hur långt verksamheten har kommit, till exempel idé eller etablerat. Ett filter i stödguiden.',
  explanationShown:
    'En rad som hjälper besökaren att välja. Visas under svaret på frågan om skede när stödguiden ställer frågor.',
})
