import {msg} from '@lit/localize/init/install.js'
import {str} from '@lit/localize/internal/str-tag.js'
import {defineMessages} from '../i18n/translate'

/** The support finder's UI strings (Swedish is the source language). */
export const finderStrings = defineMessages(
  {en: () => import('../i18n/generated/finder/en')},
  {
    heading: () => msg('Hitta stöd för din idé eller verksamhet', {id: 'heading'}),
    intro: () =>
      msg('Välj vad du behöver och var du finns, eller sök med egna ord.', {id: 'intro'}),
    searchLabel: () => msg('Sök bland stöden', {id: 'searchLabel'}),
    searchHint: () =>
      msg('Till exempel ”finansiering”, ”Östersund” eller ”mentor”.', {id: 'searchHint'}),
    presetUnmatched: (v) =>
      msg(
        str`Attributet ${v.name}: ingen aktör med adressen ”${v.value}” har något stöd just nu. Till exempel: ${v.example}.`,
        {id: 'presetUnmatched'},
      ),
    filters: () => msg('Filter', {id: 'filters'}),
    skipToResults: (v) =>
      msg(str`Hoppa över filtren till resultaten (${v.count})`, {id: 'skipToResults'}),
    filtersToggle: () => msg('Visa filter', {id: 'filtersToggle'}),
    filtersToggleActiveOne: () => msg('Visa filter (1 valt)', {id: 'filtersToggleActiveOne'}),
    filtersToggleActive: (v) =>
      msg(str`Visa filter (${v.count} valda)`, {id: 'filtersToggleActive'}),
    showResults: (v) => msg(str`Visa ${v.count}`, {id: 'showResults'}),
    facet_need: () => msg('Vad behöver du?', {id: 'facet_need'}),
    facet_stage: () => msg('Hur långt har du kommit?', {id: 'facet_stage'}),
    facet_targetGroup: () => msg('Vem är du?', {id: 'facet_targetGroup'}),
    facet_sector: () => msg('Bransch', {id: 'facet_sector'}),
    facet_municipality: () => msg('Kommun', {id: 'facet_municipality'}),
    facet_provider: () => msg('Vem erbjuder stödet', {id: 'facet_provider'}),
    chip_need: () => msg('Behov', {id: 'chip_need'}),
    chip_stage: () => msg('Skede', {id: 'chip_stage'}),
    chip_targetGroup: () => msg('Målgrupp', {id: 'chip_targetGroup'}),
    chip_sector: () => msg('Bransch', {id: 'chip_sector'}),
    chip_municipality: () => msg('Kommun', {id: 'chip_municipality'}),
    chip_provider: () => msg('Erbjuds av', {id: 'chip_provider'}),
    chip_query: () => msg('Sökord', {id: 'chip_query'}),
    optionCountOne: () => msg('1 träff', {id: 'optionCountOne'}),
    optionCount: (v) => msg(str`${v.count} träffar`, {id: 'optionCount'}),
    optionNone: () => msg('inga träffar', {id: 'optionNone'}),
    activeFilters: () => msg('Valda filter', {id: 'activeFilters'}),
    removeFilter: (v) => msg(str`Ta bort ${v.label}`, {id: 'removeFilter'}),
    clearAll: () => msg('Rensa alla', {id: 'clearAll'}),
    share: () => msg('Dela sökning', {id: 'share'}),
    copied: () => msg('Länken är kopierad.', {id: 'copied'}),
    copyFallback: () => msg('Kopiera länken nedan:', {id: 'copyFallback'}),
    resultsOne: () => msg('1 stöd', {id: 'resultsOne'}),
    resultsMany: (v) => msg(str`${v.count} stöd`, {id: 'resultsMany'}),
    resultsHeading: (v) => msg(str`Resultat: ${v.count}`, {id: 'resultsHeading'}),
    noResults: () => msg('Inga stöd matchar din sökning.', {id: 'noResults'}),
    noOffers: () => msg('Det finns inga stöd att visa ännu.', {id: 'noOffers'}),
    suggestIntro: () => msg('Prova att ta bort ett filter:', {id: 'suggestIntro'}),
    suggestRemove: (v) => msg(str`Ta bort ${v.label} (${v.count})`, {id: 'suggestRemove'}),
    suggestClear: (v) => msg(str`Rensa alla filter (${v.count})`, {id: 'suggestClear'}),
    provider: () => msg('Erbjuds av', {id: 'provider'}),
    statusOpen: () => msg('Öppen', {id: 'statusOpen'}),
    statusOpenUntil: (v) => msg(str`Öppen till och med ${v.date}`, {id: 'statusOpenUntil'}),
    statusOpenOngoing: () => msg('Öppen, löpande', {id: 'statusOpenOngoing'}),
    statusUpcoming: () => msg('Öppnar snart', {id: 'statusUpcoming'}),
    statusUpcomingFrom: (v) => msg(str`Öppnar ${v.date}`, {id: 'statusUpcomingFrom'}),
    statusClosed: () => msg('Stängd', {id: 'statusClosed'}),
    statusClosedSince: (v) => msg(str`Stängde ${v.date}`, {id: 'statusClosedSince'}),
    eligibility: () => msg('Vem kan söka', {id: 'eligibility'}),
    covers: () => msg('Vad ingår', {id: 'covers'}),
    amount: () => msg('Belopp', {id: 'amount'}),
    contact: () => msg('Kontakt', {id: 'contact'}),
    howToApply: () => msg('Så går du vidare', {id: 'howToApply'}),
    summary: () => msg('Om stödet', {id: 'summary'}),
    facetsOfOffer: () => msg('Passar för', {id: 'facetsOfOffer'}),
    strategyActions: () => msg('Del av strategins insatser', {id: 'strategyActions'}),
    everyMunicipality: () => msg('Hela länet', {id: 'everyMunicipality'}),
    everySector: () => msg('Alla branscher', {id: 'everySector'}),
    showMore: () => msg('Visa hela erbjudandet', {id: 'showMore'}),
    showLess: () => msg('Visa mindre', {id: 'showLess'}),
    showMoreResults: (v) =>
      msg(str`Visa ${v.count} till (${v.left} kvar)`, {id: 'showMoreResults'}),
    example: () => msg('Exempel', {id: 'example'}),
    helpHeading: () => msg('Vill du hellre prata med någon?', {id: 'helpHeading'}),
    helpEntry: (v) =>
      msg(str`${v.name} är regionens ingång till innovationsstödet och hjälper dig vidare.`, {
        id: 'helpEntry',
      }),
    helpOffice: (v) =>
      msg(str`I ${v.municipality} kan du vända dig till ${v.office}.`, {id: 'helpOffice'}),
    website: (v) => msg(str`Webbplats: ${v.name}`, {id: 'website'}),
    guidedProgress: (v) => msg(str`Fråga ${v.step} av ${v.total}`, {id: 'guidedProgress'}),
    guidedNeed: () => msg('Vad behöver du hjälp med?', {id: 'guidedNeed'}),
    guidedMunicipality: () => msg('Var finns din verksamhet?', {id: 'guidedMunicipality'}),
    guidedStage: () => msg('Hur långt har du kommit?', {id: 'guidedStage'}),
    guidedSkip: () => msg('Vet inte / spelar ingen roll', {id: 'guidedSkip'}),
    guidedNext: () => msg('Nästa', {id: 'guidedNext'}),
    guidedBack: () => msg('Tillbaka', {id: 'guidedBack'}),
    guidedShow: () => msg('Visa stöden', {id: 'guidedShow'}),
    guidedAnswers: () => msg('Dina svar', {id: 'guidedAnswers'}),
    guidedChange: () => msg('Ändra', {id: 'guidedChange'}),
    guidedNoAnswer: () => msg('Inget svar', {id: 'guidedNoAnswer'}),
  },
)

export type FinderMessage = keyof typeof finderStrings
