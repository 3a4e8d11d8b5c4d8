/**
 * An offer's status on a given day. The Sanity plugin shares it, to warn editors when a date has
 * overtaken the status they set.
 */
import type {OfferStatus} from './search'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** A date as `YYYY-MM-DD` in the reader's time zone: today, by default. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/**
 * The status an offer has on `today` (`YYYY-MM-DD`): the one editors set, unless its dates have
 * overtaken it. An offer whose closing date has passed is closed; an upcoming one whose opening
 * day has come is open, and an open one whose opening day is still to come is upcoming. Dates
 * that are not `YYYY-MM-DD` are ignored.
 */
export function statusOn(
  status: OfferStatus | null,
  opensAt: unknown,
  closesAt: unknown,
  today: string,
): OfferStatus | null {
  const date = (value: unknown) =>
    typeof value === 'string' && ISO_DATE.test(value.trim()) ? value.trim() : undefined
  const closes = date(closesAt)
  const opens = date(opensAt)
  if (status === 'closed' || !status) return status
  if (closes && closes < today) return 'closed'
  // An open offer whose opening day is still to come (the default status, left as it was).
  if (opens && opens > today) return 'upcoming'
  return status === 'upcoming' && opens ? 'open' : status
}
