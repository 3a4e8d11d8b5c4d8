import {defineArrayMember, defineField, defineType} from 'sanity'
import {URL_SCHEMES} from '../constants'
import {
  URL_RULE_MESSAGE,
  linkedBySites,
  noHiddenCharacters,
  swedishBeforeEnglish,
  type LocaleValue,
} from '../validation'

function blockContent(name: 'sv' | 'en', title: string) {
  return defineField({
    name,
    title,
    type: 'array',
    of: [
      defineArrayMember({
        type: 'block',
        styles: [
          {title: 'Stycke', value: 'normal'},
          {title: 'Rubrik', value: 'h3'},
          {title: 'Underrubrik', value: 'h4'},
        ],
        lists: [
          {title: 'Punktlista', value: 'bullet'},
          {title: 'Numrerad lista', value: 'number'},
        ],
        marks: {
          decorators: [
            {title: 'Fetstil', value: 'strong'},
            {title: 'Kursiv', value: 'em'},
          ],
          annotations: [
            defineArrayMember({
              name: 'link',
              title: 'Länk',
              type: 'object',
              fields: [
                defineField({
                  name: 'href',
                  title: 'Adress',
                  description: 'https://, mailto: eller tel:',
                  type: 'url',
                  validation: (rule) => [
                    rule
                      .required()
                      .uri({scheme: [...URL_SCHEMES]})
                      .error(URL_RULE_MESSAGE),
                    rule.custom(linkedBySites).error(),
                  ],
                }),
              ],
            }),
          ],
        },
      }),
    ],
  })
}

/** Rich text (Portable Text) in Swedish and English: paragraphs, headings, lists and links. */
export const localeBlockContent = defineType({
  name: 'localeBlockContent',
  title: 'Formaterad text på svenska och engelska',
  description: 'Svenska är obligatoriskt. Saknas engelska visas den svenska texten.',
  type: 'object',
  fields: [blockContent('sv', 'Svenska'), blockContent('en', 'English')],
  validation: (rule) => [
    rule.custom<LocaleValue>(swedishBeforeEnglish).error(),
    rule.custom<LocaleValue>(noHiddenCharacters).warning(),
  ],
})
