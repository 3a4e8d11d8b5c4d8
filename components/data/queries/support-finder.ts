import {defineQuery} from 'groq'

/**
 * Every support offer with its provider and facets resolved, plus the facet taxonomies, the
 * municipalities and the regional entry point, for the support finder. Params: `$lang`.
 */
export const SUPPORT_FINDER_QUERY = defineQuery(`{
  "offers": *[_type == "supportOffer"] | order(title.sv asc){
    _id,
    "slug": slug.current,
    "title": coalesce(select($lang == "en" => title.en), title.sv),
    isExample,
    "summary": coalesce(select($lang == "en" => summary.en), summary.sv),
    "provider": provider->{_id, "slug": slug.current, "name": coalesce(select($lang == "en" => name.en), name.sv), website},
    "eligibility": coalesce(select($lang == "en" => eligibility.en), eligibility.sv),
    "covers": coalesce(select($lang == "en" => covers.en), covers.sv),
    "amount": coalesce(select($lang == "en" => amount.en), amount.sv),
    "howToApply": coalesce(select($lang == "en" => howToApply.en), howToApply.sv),
    "contact": contact{
      "label": coalesce(select($lang == "en" => label.en), label.sv),
      url,
      "actor": actor->{"slug": slug.current, "name": coalesce(select($lang == "en" => name.en), name.sv), website}
    },
    "needs": needs[]->slug.current,
    "stages": stages[]->slug.current,
    "targetGroups": targetGroups[]->slug.current,
    "sectors": sectors[]->slug.current,
    "municipalities": municipalities[]->slug.current,
    "focusAreas": focusAreas[]->slug.current,
    "actions": actions[]->{"slug": slug.current, "title": coalesce(select($lang == "en" => title.en), title.sv)},
    status,
    opensAt,
    closesAt
  },
  "needs": *[_type == "need"] | order(sortOrder asc){"slug": slug.current, "title": coalesce(select($lang == "en" => title.en), title.sv), "description": coalesce(select($lang == "en" => description.en), description.sv)},
  "stages": *[_type == "businessStage"] | order(sortOrder asc){"slug": slug.current, "title": coalesce(select($lang == "en" => title.en), title.sv), "description": coalesce(select($lang == "en" => description.en), description.sv)},
  "targetGroups": *[_type == "targetGroup"] | order(sortOrder asc){"slug": slug.current, "title": coalesce(select($lang == "en" => title.en), title.sv), "description": coalesce(select($lang == "en" => description.en), description.sv)},
  "sectors": *[_type == "sector"] | order(sortOrder asc){"slug": slug.current, "title": coalesce(select($lang == "en" => title.en), title.sv), "description": coalesce(select($lang == "en" => description.en), description.sv)},
  "municipalities": *[_type == "municipality"] | order(name.sv asc){
    "slug": slug.current,
    "name": coalesce(select($lang == "en" => name.en), name.sv),
    website,
    "businessOffice": coalesce(select($lang == "en" => businessOffice.en), businessOffice.sv)
  },
  "entryPoint": *[_type == "strategy" && _id == "strategy"][0].owner->{
    "slug": slug.current,
    "name": coalesce(select($lang == "en" => name.en), name.sv),
    "description": coalesce(select($lang == "en" => description.en), description.sv),
    website
  }
}`)
