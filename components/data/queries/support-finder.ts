import {defineQuery} from 'groq'

/**
 * Every support offer with its provider and facets resolved, plus the facet taxonomies, the
 * municipalities and the regional entry point, for the support finder. Params: `$lang`.
 */
export const SUPPORT_FINDER_QUERY = defineQuery(`{
  "offers": *[_type == "supportOffer"] | order(title.sv asc){
    _id,
    "slug": slug.current,
    "inSwedish": array::compact([select($lang == "en" && !defined(title.en) && defined(title.sv) => "title"), select($lang == "en" && !defined(summary.en) && defined(summary.sv) => "summary"), select($lang == "en" && !defined(eligibility.en) && defined(eligibility.sv) => "eligibility"), select($lang == "en" && !defined(covers.en) && defined(covers.sv) => "covers"), select($lang == "en" && !defined(amount.en) && defined(amount.sv) => "amount"), select($lang == "en" && !defined(howToApply.en) && defined(howToApply.sv) => "howToApply")]),
    "title": coalesce(select($lang == "en" => title.en), title.sv),
    isExample,
    "summary": coalesce(select($lang == "en" => summary.en), summary.sv),
    "provider": provider->{_id, "slug": slug.current, "inSwedish": array::compact([select($lang == "en" && !defined(name.en) && defined(name.sv) => "name")]), "name": coalesce(select($lang == "en" => name.en), name.sv), website},
    "eligibility": coalesce(select($lang == "en" => eligibility.en), eligibility.sv),
    "covers": coalesce(select($lang == "en" => covers.en), covers.sv),
    "amount": coalesce(select($lang == "en" => amount.en), amount.sv),
    "howToApply": coalesce(select($lang == "en" => howToApply.en), howToApply.sv),
    "contact": contact{
      "inSwedish": array::compact([select($lang == "en" && !defined(label.en) && defined(label.sv) => "label")]),
      "label": coalesce(select($lang == "en" => label.en), label.sv),
      url,
      "actor": actor->{"slug": slug.current, "inSwedish": array::compact([select($lang == "en" && !defined(name.en) && defined(name.sv) => "name")]), "name": coalesce(select($lang == "en" => name.en), name.sv), website}
    },
    "needs": needs[]->slug.current,
    "stages": stages[]->slug.current,
    "targetGroups": targetGroups[]->slug.current,
    "sectors": sectors[]->slug.current,
    "municipalities": municipalities[]->slug.current,
    "actions": actions[]->{"slug": slug.current, "inSwedish": array::compact([select($lang == "en" && !defined(title.en) && defined(title.sv) => "title")]), "title": coalesce(select($lang == "en" => title.en), title.sv)},
    status,
    opensAt,
    closesAt
  },
  "needs": *[_type == "need"] | order(sortOrder asc){"slug": slug.current, "inSwedish": array::compact([select($lang == "en" && !defined(title.en) && defined(title.sv) => "title"), select($lang == "en" && !defined(description.en) && defined(description.sv) => "description")]), "title": coalesce(select($lang == "en" => title.en), title.sv), "description": coalesce(select($lang == "en" => description.en), description.sv)},
  "stages": *[_type == "businessStage"] | order(sortOrder asc){"slug": slug.current, "inSwedish": array::compact([select($lang == "en" && !defined(title.en) && defined(title.sv) => "title"), select($lang == "en" && !defined(description.en) && defined(description.sv) => "description")]), "title": coalesce(select($lang == "en" => title.en), title.sv), "description": coalesce(select($lang == "en" => description.en), description.sv)},
  "targetGroups": *[_type == "targetGroup"] | order(sortOrder asc){"slug": slug.current, "inSwedish": array::compact([select($lang == "en" && !defined(title.en) && defined(title.sv) => "title"), select($lang == "en" && !defined(description.en) && defined(description.sv) => "description")]), "title": coalesce(select($lang == "en" => title.en), title.sv), "description": coalesce(select($lang == "en" => description.en), description.sv)},
  "sectors": *[_type == "sector"] | order(sortOrder asc){"slug": slug.current, "inSwedish": array::compact([select($lang == "en" && !defined(title.en) && defined(title.sv) => "title"), select($lang == "en" && !defined(description.en) && defined(description.sv) => "description")]), "title": coalesce(select($lang == "en" => title.en), title.sv), "description": coalesce(select($lang == "en" => description.en), description.sv)},
  "municipalities": *[_type == "municipality"] | order(name.sv asc){
    "slug": slug.current,
    "inSwedish": array::compact([select($lang == "en" && !defined(name.en) && defined(name.sv) => "name"), select($lang == "en" && !defined(businessOffice.en) && defined(businessOffice.sv) => "businessOffice")]),
    "name": coalesce(select($lang == "en" => name.en), name.sv),
    website,
    "businessOffice": coalesce(select($lang == "en" => businessOffice.en), businessOffice.sv)
  },
  "entryPoint": *[_type == "strategy" && _id == "strategy"][0].owner->{
    "slug": slug.current,
    "inSwedish": array::compact([select($lang == "en" && !defined(name.en) && defined(name.sv) => "name")]),
    "name": coalesce(select($lang == "en" => name.en), name.sv),
    website
  }
}`)
