import {defineTaxonomy} from './taxonomy'

/** A support type: what a visitor needs (finansiering, rådgivning …). */
export const need = defineTaxonomy({
  name: 'need',
  title: 'Stödtyp',
  description:
    'Vad besökaren behöver, till exempel finansiering eller rådgivning. Ett filter i stödguiden.',
  explanationShown:
    'En rad som hjälper besökaren att välja. Visas under svaret på frågan om stödtyp när stödguiden ställer frågor.',
})
