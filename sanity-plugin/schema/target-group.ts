import {NOT_SHOWN} from '../constants'
import {defineTaxonomy} from './taxonomy'

/** Who an offer is for (företag, forskare, unga …). */
export const targetGroup = defineTaxonomy({
  name: 'targetGroup',
  title: 'Målgrupp',
  description:
    'Vem erbjudandet riktar sig till, till exempel företag, forskare eller unga. Ett filter i stödguiden.',
  explanationShown: `En rad om vilka målgruppen omfattar. ${NOT_SHOWN}`,
})
