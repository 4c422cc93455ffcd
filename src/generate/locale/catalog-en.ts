/**
 * The English catalog: every sentence supportops writes for customers, in ICU MessageFormat 1
 * (plural and select). It is the reference: every other catalog is complete when it has each of
 * these ids with the same arguments (test/generate/locale/catalogs.test.ts). Durations are
 * whole phrases ("4 business hours") so a language can inflect them; `count` is the number
 * already written in the locale's digits and `n` the number its plural rule reads.
 */
export const EN = {
  'number.percent': '{n}%',
  'list.and': '{init} and {last}',
  'list.comma': '{a}, {b}',
  'list.semicolon': '{a}; {b}',

  'duration.second': '{n, plural, one {{count} second} other {{count} seconds}}',
  'duration.minute': '{n, plural, one {{count} minute} other {{count} minutes}}',
  'duration.hour': '{n, plural, one {{count} hour} other {{count} hours}}',
  'duration.day': '{n, plural, one {{count} day} other {{count} days}}',
  'duration.businessMinute': '{n, plural, one {{count} business minute} other {{count} business minutes}}',
  'duration.businessHour': '{n, plural, one {{count} business hour} other {{count} business hours}}',
  'duration.businessDay': '{n, plural, one {{count} business day} other {{count} business days}}',
  'duration.compound': '{first} {second}',
  'duration.businessTime': '{time} of business time',
  'range.to': '{low} to {high}',

  'noun.many': '{noun, select, calls {calls} chats {chats} conversations {conversations} other {requests}}',
  'noun.one': '{noun, select, calls {call} chats {chat} conversations {conversation} other {request}}',
  'promise.clause':
    '{how, select, all {{verb, select, answer {answer} receipt {confirm receipt} other {reply}} within {time}} usually {usually {verb, select, answer {answer} receipt {confirm receipt} other {reply}} within {time}} other {{verb, select, answer {answer} receipt {confirm receipt of} other {reply to}} {share} of {noun} within {time}}}',
  'place.at': '{name}: {location}',
  'within.phrase': '{how, select, all {{time}} usually {{time} for most {noun}} other {{time} for {share} of {noun}}}',
  'promise.range':
    '{how, select, all {we reply within {range}} usually {we usually reply within {range}} other {we reply to {atLeast, select, yes {at least } other {}}{share} of {noun} within {range}}}',

  'title.live': '{name}: response times',
  'title.notLive': '{name} is not live',
  'title.notLivePromise': '{name} is not live: {promise}',
  'tier.sentence': '{description} We {main}, {hours}.',
  'tier.sentenceWithReceipt': '{description} We {receipt} and {main}, {hours}.',
  'tier.line': '{title}: {sentence}',
  'notice.chat': 'This is not a live chat: a person reads your message and replies later.',
  'notice.channel': 'This channel is not answered live: a person reads your message and replies later.',
  'notice.noTime': '{opening} We have not published a response time for it.',
  'notice.promise': '{opening} {promise}{depending, select, yes { depending on urgency} other {}}, {hours}.',
  'urgent.use': 'For urgent cases, use {name}.',
  'urgent.useAt': 'For urgent cases, use {name}: {location}',
  'urgent.answered': '{use} It is answered {hours}: {how}.',
  'urgent.how': '{how, select, all {every {one} within {time}} usually {usually within {time}} other {{share} of {noun} within {time}}}',

  'pause.metric': '{metric, select, firstResponse {first-reply} nextResponse {later-reply} other {resolution}}',
  'pause.times': '{n, plural, one {our {list} time} other {our {list} times}}',
  'pause.both': "Time spent waiting for your reply, or on someone outside our team, doesn't count towards {times}.",
  'pause.pending': "Time spent waiting for your reply doesn't count towards {times}.",
  'pause.onHold': "Time spent waiting on someone outside our team doesn't count towards {times}.",
  'hours.aroundTheClock': 'around the clock, every day',
  'hours.closed': 'closed',
  'hours.none': 'no open hours',
  'hours.undefined': 'business hours (not defined)',
  'hours.inZone': '{week} {zone}',
  'hours.sentence': '{hours}. Response times count only these hours.',
  'hours.sentenceAroundTheClock': 'Around the clock, every day.',
  'week.span': '{start}–{end}{next, select, yes { (next day)} other {}}',
  'week.longSpan': '{startDay} {start} to {following, select, yes {the following } other {}}{endDay} {end}',
  'week.days': '{days} {spans}',
  'week.spansAnd': '{a} and {b}',
  'days.every': 'every day',
  'days.run': '{first}–{last}',
  'days.pair': '{first} and {second}',

  'date.long': '{day} {month} {year}',
  'date.withWeekday': '{weekday} {date}',
  'date.rangeInMonth': '{fromDay} to {to}',
  'date.rangeInYear': '{fromDay} {fromMonth} to {to}',
  'date.range': '{from} to {to}',
  'dated.long': '{from} {start} to {to} {end}',
  'dated.otherDay': '{hours} on {date}',

  'zone.utc': 'UTC',
  'zone.city': '{city} time',
  'zone.cityGeneric': '{city} time ({generic})',
  'zone.hours': '{label}: {hours}',
  'zone.except': '{main}, except {others}',
  'zone.exceptSeparator': '{a}; and {b}',
  'zone.variant': '{hours} {periods}',
  'period.until': 'until {date}',
  'period.from': 'from {date}',
  'period.fromRange': 'from {range}',
  'holiday.text': '{name}, {date}',
  'special.text': '{name}, {date}: {hours}',
  'special.unnamed': 'Different hours',

  'upcoming.change': 'From {date}: {text}',
  'upcoming.gone': 'From {date}, {name} is no longer offered.',
  'upcoming.tierGone': 'From {date}, the {name} response time no longer applies.',

  'heading.responseTimes': 'Response times',
  'heading.hours': 'Hours',
  'heading.upcoming': 'Upcoming changes',
  'label.zones': 'In other time zones:',
  'label.closed': 'Closed on:',
  'label.special': 'Different hours on:',
  'tiers.none': 'No response time is published for this channel.',
} as const;

export type MessageId = keyof typeof EN;
