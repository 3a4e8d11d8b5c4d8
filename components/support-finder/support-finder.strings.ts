import {msg} from '@lit/localize/init/install.js'
import {str} from '@lit/localize/internal/str-tag.js'
import {defineMessages} from '../i18n/translate'

/** The support finder's UI strings (Swedish is the source language). */
export const finderStrings = defineMessages(
  {en: () => import('../i18n/generated/finder/en')},
  {
    heading: () => msg('Hitta stöd för din idé eller verksamhet', {id: 'finder.heading'}),
    intro: () =>
      msg('Välj vad du behöver och var du finns, eller sök med egna ord.', {id: 'finder.intro'}),
    searchLabel: () => msg('Sök bland stöden', {id: 'finder.searchLabel'}),
    searchHint: () =>
      msg('Till exempel ”finansiering”, ”Östersund” eller ”mentor”.', {id: 'finder.searchHint'}),
    presetUnmatched: (v) =>
      msg(
        str`Attributet ${v.name}: ingen aktör med adressen ”${v.value}” har något stöd just nu. Till exempel: ${v.example}.`,
        {id: 'finder.presetUnmatched'},
      ),
    filters: () => msg('Filter', {id: 'finder.filters'}),
    skipToResults: (v) =>
      msg(str`Hoppa över filtren till resultaten (${v.count})`, {id: 'finder.skipToResults'}),
    filtersToggle: () => msg('Visa filter', {id: 'finder.filtersToggle'}),
    filtersToggleActiveOne: () =>
      msg('Visa filter (1 valt)', {id: 'finder.filtersToggleActiveOne'}),
    filtersToggleActive: (v) =>
      msg(str`Visa filter (${v.count} valda)`, {id: 'finder.filtersToggleActive'}),
    showResults: (v) => msg(str`Visa ${v.count}`, {id: 'finder.showResults'}),
    facet_need: () => msg('Vad behöver du?', {id: 'finder.facet_need'}),
    facet_stage: () => msg('Hur långt har du kommit?', {id: 'finder.facet_stage'}),
    facet_targetGroup: () => msg('Vem är du?', {id: 'finder.facet_targetGroup'}),
    facet_sector: () => msg('Bransch', {id: 'finder.facet_sector'}),
    facet_municipality: () => msg('Kommun', {id: 'finder.facet_municipality'}),
    facet_provider: () => msg('Vem erbjuder stödet', {id: 'finder.facet_provider'}),
    chip_need: () => msg('Behov', {id: 'finder.chip_need'}),
    chip_stage: () => msg('Skede', {id: 'finder.chip_stage'}),
    chip_targetGroup: () => msg('Målgrupp', {id: 'finder.chip_targetGroup'}),
    chip_sector: () => msg('Bransch', {id: 'finder.chip_sector'}),
    chip_municipality: () => msg('Kommun', {id: 'finder.chip_municipality'}),
    chip_provider: () => msg('Erbjuds av', {id: 'finder.chip_provider'}),
    chip_query: () => msg('Sökord', {id: 'finder.chip_query'}),
    optionCountOne: () => msg('1 träff', {id: 'finder.optionCountOne'}),
    optionCount: (v) => msg(str`${v.count} träffar`, {id: 'finder.optionCount'}),
    optionNone: () => msg('inga träffar', {id: 'finder.optionNone'}),
    activeFilters: () => msg('Valda filter', {id: 'finder.activeFilters'}),
    removeFilter: (v) => msg(str`Ta bort ${v.label}`, {id: 'finder.removeFilter'}),
    clearAll: () => msg('Rensa alla', {id: 'finder.clearAll'}),
    share: () => msg('Dela sökning', {id: 'finder.share'}),
    copied: () => msg('Länken är kopierad.', {id: 'finder.copied'}),
    copyFallback: () => msg('Kopiera länken nedan:', {id: 'finder.copyFallback'}),
    resultsOne: () => msg('1 stöd', {id: 'finder.resultsOne'}),
    resultsMany: (v) => msg(str`${v.count} stöd`, {id: 'finder.resultsMany'}),
    resultsHeading: (v) => msg(str`Resultat: ${v.count}`, {id: 'finder.resultsHeading'}),
    noResults: () => msg('Inga stöd matchar din sökning.', {id: 'finder.noResults'}),
    noOffers: () => msg('Det finns inga stöd att visa ännu.', {id: 'finder.noOffers'}),
    suggestIntro: () => msg('Prova att ta bort ett filter:', {id: 'finder.suggestIntro'}),
    suggestRemove: (v) => msg(str`Ta bort ${v.label} (${v.count})`, {id: 'finder.suggestRemove'}),
    suggestClear: (v) => msg(str`Rensa alla filter (${v.count})`, {id: 'finder.suggestClear'}),
    provider: () => msg('Erbjuds av', {id: 'finder.provider'}),
    statusOpen: () => msg('Öppen', {id: 'finder.statusOpen'}),
    statusOpenUntil: (v) => msg(str`Öppen till och med ${v.date}`, {id: 'finder.statusOpenUntil'}),
    statusOpenOngoing: () => msg('Öppen, löpande', {id: 'finder.statusOpenOngoing'}),
    statusUpcoming: () => msg('Öppnar snart', {id: 'finder.statusUpcoming'}),
    statusUpcomingFrom: (v) => msg(str`Öppnar ${v.date}`, {id: 'finder.statusUpcomingFrom'}),
    statusClosed: () => msg('Stängd', {id: 'finder.statusClosed'}),
    statusClosedSince: (v) => msg(str`Stängde ${v.date}`, {id: 'finder.statusClosedSince'}),
    eligibility: () => msg('Vem kan söka', {id: 'finder.eligibility'}),
    covers: () => msg('Vad ingår', {id: 'finder.covers'}),
    amount: () => msg('Belopp', {id: 'finder.amount'}),
    contact: () => msg('Kontakt', {id: 'finder.contact'}),
    howToApply: () => msg('Så går du vidare', {id: 'finder.howToApply'}),
    summary: () => msg('Om stödet', {id: 'finder.summary'}),
    facetsOfOffer: () => msg('Passar för', {id: 'finder.facetsOfOffer'}),
    strategyActions: () => msg('Del av strategins insatser', {id: 'finder.strategyActions'}),
    everyMunicipality: () => msg('Hela länet', {id: 'finder.everyMunicipality'}),
    everySector: () => msg('Alla branscher', {id: 'finder.everySector'}),
    showMore: () => msg('Visa hela erbjudandet', {id: 'finder.showMore'}),
    showLess: () => msg('Visa mindre', {id: 'finder.showLess'}),
    showMoreResults: (v) =>
      msg(str`Visa ${v.count} till (${v.left} kvar)`, {id: 'finder.showMoreResults'}),
    example: () => msg('Exempel', {id: 'finder.example'}),
    helpHeading: () => msg('Vill du hellre prata med någon?', {id: 'finder.helpHeading'}),
    helpEntry: (v) =>
      msg(str`${v.name} är regionens ingång till innovationsstödet och hjälper dig vidare.`, {
        id: 'finder.helpEntry',
      }),
    helpOffice: (v) =>
      msg(str`I ${v.municipality} kan du vända dig till ${v.office}.`, {id: 'finder.helpOffice'}),
    website: (v) => msg(str`Webbplats: ${v.name}`, {id: 'finder.website'}),
    guidedProgress: (v) => msg(str`Fråga ${v.step} av ${v.total}`, {id: 'finder.guidedProgress'}),
    guidedNeed: () => msg('Vad behöver du hjälp med?', {id: 'finder.guidedNeed'}),
    guidedMunicipality: () => msg('Var finns din verksamhet?', {id: 'finder.guidedMunicipality'}),
    guidedStage: () => msg('Hur långt har du kommit?', {id: 'finder.guidedStage'}),
    guidedSkip: () => msg('Vet inte / spelar ingen roll', {id: 'finder.guidedSkip'}),
    guidedNext: () => msg('Nästa', {id: 'finder.guidedNext'}),
    guidedBack: () => msg('Tillbaka', {id: 'finder.guidedBack'}),
    guidedShow: () => msg('Visa stöden', {id: 'finder.guidedShow'}),
    guidedAnswers: () => msg('Dina svar', {id: 'finder.guidedAnswers'}),
    guidedChange: () => msg('Ändra', {id: 'finder.guidedChange'}),
    guidedNoAnswer: () => msg('Inget svar', {id: 'finder.guidedNoAnswer'}),
  },
)

export type FinderMessage = keyof typeof finderStrings
