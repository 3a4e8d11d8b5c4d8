import type {ListBuilder, StructureBuilder, StructureResolverContext} from 'sanity/structure'
import {STRATEGY_ID} from './constants'

/**
 * The Studio structure: the strategy as a singleton first, then the strategy's parts, the support
 * finder's content, the success stories, and the taxonomies editors extend. A `StructureResolver`
 * that says it gives a list, so that a Studio with a structure of its own can make it an item's
 * `child` (docs/sanity.md). It takes the resolver's context too, which it does not need.
 */
export const structure = (S: StructureBuilder, _context?: StructureResolverContext): ListBuilder =>
  S.list()
    .title('Innovationsstrategi')
    .items([
      S.listItem()
        .title('Strategin')
        .id(STRATEGY_ID)
        .child(S.document().schemaType('strategy').documentId(STRATEGY_ID).title('Strategin')),
      S.divider(),
      S.documentTypeListItem('value').title('Värdeord'),
      S.documentTypeListItem('guidingGoal').title('Vägledande mål'),
      S.documentTypeListItem('focusArea').title('Insatsområden'),
      S.documentTypeListItem('action').title('Insatser'),
      S.divider(),
      S.documentTypeListItem('supportOffer').title('Stöd'),
      S.documentTypeListItem('actor').title('Aktörer'),
      S.documentTypeListItem('successStory').title('Goda exempel'),
      S.divider(),
      S.listItem()
        .title('Filter och kommuner')
        .id('taxonomies')
        .child(
          S.list()
            .title('Filter och kommuner')
            .items([
              S.documentTypeListItem('need').title('Stödtyper'),
              S.documentTypeListItem('businessStage').title('Skeden'),
              S.documentTypeListItem('targetGroup').title('Målgrupper'),
              S.documentTypeListItem('sector').title('Branscher'),
              S.documentTypeListItem('municipality').title('Kommuner'),
            ]),
        ),
    ])
