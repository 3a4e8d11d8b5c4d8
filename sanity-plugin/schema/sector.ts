import {NOT_SHOWN} from '../constants'
import {defineTaxonomy} from './taxonomy'

/** A sector or industry (turism, tillverkande industri …). */
export const sector = defineTaxonomy({
  name: 'sector',
  title: 'Bransch',
  description:
    'En bransch eller ett område, till exempel turism eller förnybar energi. Ett filter i stödguiden.',
  explanationShown: `En rad om vad branschen omfattar. ${NOT_SHOWN}`,
})
