import { formatDate, formatDuration, formatEventSpan, formatEventStart, toIsoDate, toIsoDuration } from '@/lib/content/format';

export function DateText({ value }: { value: Date | string }) {
  return <time dateTime={typeof value === 'string' ? value : value.toISOString()}>{formatDate(value)}</time>;
}

export function DayText({ value }: { value: Date | string }) {
  return <time dateTime={toIsoDate(value)}>{formatDate(value)}</time>;
}

export function DurationText({ seconds }: { seconds: number }) {
  return <time dateTime={toIsoDuration(seconds)}>{formatDuration(seconds)}</time>;
}

/** An event's start (compact) or whole span, in its own zone. */
export function EventTime({
  startsAt,
  endsAt,
  timeZone,
  span = false,
}: {
  startsAt: Date;
  endsAt?: Date;
  timeZone: string;
  span?: boolean;
}) {
  return (
    <time dateTime={startsAt.toISOString()}>
      {span && endsAt ? formatEventSpan(startsAt, endsAt, timeZone) : formatEventStart(startsAt, timeZone)}
    </time>
  );
}

export function placeLabel(venue: string | null): string {
  return venue ?? 'Online';
}
