/**
 * The German catalog (complete: it has every id of the English one). Durations are in the
 * dative ("innerhalb von 3 Geschäftstagen"), the case every sentence puts them in. Times carry
 * "Uhr" after each span. Holiday names are the policy's (English) words, so a closed date reads
 * as the date alone; a team whose names are German can override `holiday.text` (docs/locales.md).
 */
import type { MessageId } from './catalog-en.js';

export const DE: Record<MessageId, string> = {
  'number.percent': '{n}\u00a0%',
  'list.and': '{init} und {last}',
  'list.comma': '{a}, {b}',
  'list.semicolon': '{a}; {b}',

  'duration.second': '{n, plural, one {{count} Sekunde} other {{count} Sekunden}}',
  'duration.minute': '{n, plural, one {{count} Minute} other {{count} Minuten}}',
  'duration.hour': '{n, plural, one {{count} Stunde} other {{count} Stunden}}',
  'duration.day': '{n, plural, one {{count} Tag} other {{count} Tagen}}',
  'duration.businessMinute': '{n, plural, one {{count} Geschäftsminute} other {{count} Geschäftsminuten}}',
  'duration.businessHour': '{n, plural, one {{count} Geschäftsstunde} other {{count} Geschäftsstunden}}',
  'duration.businessDay': '{n, plural, one {{count} Geschäftstag} other {{count} Geschäftstagen}}',
  'duration.compound': '{first} {second}',
  'duration.businessTime': '{time} Geschäftszeit',
  'range.to': '{low} bis {high}',

  'noun.many': '{noun, select, calls {Anrufe} chats {Chats} conversations {Gespräche} other {Anfragen}}',
  'noun.one': '{noun, select, calls {Anruf} chats {Chat} conversations {Gespräch} other {Anfrage}}',
  'promise.clause':
    '{how, select, all {{verb, select, receipt {bestätigen den Eingang} other {antworten}} innerhalb von {time}} usually {{verb, select, receipt {bestätigen den Eingang} other {antworten}} in der Regel innerhalb von {time}} other {{verb, select, answer {beantworten {share} der {noun}} receipt {bestätigen den Eingang von {share} der {noun}} other {antworten auf {share} der {noun}}} innerhalb von {time}}}',
  'place.at': '{name}: {location}',
  'within.phrase': '{how, select, all {{time}} usually {{time} in den meisten Fällen} other {{time} bei {share} der {noun}}}',
  'promise.range':
    '{how, select, all {wir antworten innerhalb von {range}} usually {wir antworten in der Regel innerhalb von {range}} other {wir antworten auf {atLeast, select, yes {mindestens } other {}}{share} der {noun} innerhalb von {range}}}',

  'title.live': '{name}: Antwortzeiten',
  'title.notLive': '{name} ist nicht live',
  'title.notLivePromise': '{name} ist nicht live: {promise}',
  'tier.sentence': '{description} Wir {main}, {hours}.',
  'tier.sentenceWithReceipt': '{description} Wir {receipt} und {main}, {hours}.',
  'tier.line': '{title}: {sentence}',
  'notice.chat': 'Dies ist kein Live-Chat: Eine Person liest Ihre Nachricht und antwortet später.',
  'notice.channel': 'Dieser Kanal wird nicht live beantwortet: Eine Person liest Ihre Nachricht und antwortet später.',
  'notice.noTime': '{opening} Wir haben dafür keine Antwortzeit veröffentlicht.',
  'notice.promise': '{opening} {promise}{depending, select, yes {, je nach Dringlichkeit} other {}}, {hours}.',
  'urgent.use': 'In dringenden Fällen: {name}.',
  'urgent.useAt': 'In dringenden Fällen: {name}, {location}',
  'urgent.answered': '{use} Erreichbar {hours}: {how}.',
  'urgent.how': '{how, select, all {alle {noun} innerhalb von {time}} usually {in der Regel innerhalb von {time}} other {{share} der {noun} innerhalb von {time}}}',

  'pause.metric': '{metric, select, firstResponse {die Zeit bis zur ersten Antwort} nextResponse {die Zeit bis zu weiteren Antworten} other {die Lösungszeit}}',
  'pause.times': '{list}',
  'pause.both': 'Die Zeit, in der wir auf Ihre Antwort oder auf jemanden außerhalb unseres Teams warten, wird nicht auf {times} angerechnet.',
  'pause.pending': 'Die Zeit, in der wir auf Ihre Antwort warten, wird nicht auf {times} angerechnet.',
  'pause.onHold': 'Die Zeit, in der wir auf jemanden außerhalb unseres Teams warten, wird nicht auf {times} angerechnet.',
  'hours.aroundTheClock': 'rund um die Uhr, jeden Tag',
  'hours.closed': 'geschlossen',
  'hours.none': 'keine Öffnungszeiten',
  'hours.undefined': 'Geschäftszeiten (nicht festgelegt)',
  'hours.inZone': '{week}, {zone}',
  'hours.sentence': '{hours}. Antwortzeiten zählen nur während dieser Zeiten.',
  'hours.sentenceAroundTheClock': 'Rund um die Uhr, jeden Tag.',
  'week.span': '{start}–{end} Uhr{next, select, yes { (am Folgetag)} other {}}',
  'week.longSpan': '{startDay} {start} Uhr bis {following, select, yes {zum folgenden } other {}}{endDay} {end} Uhr',
  'week.days': '{days} {spans}',
  'week.spansAnd': '{a} und {b}',
  'days.every': 'jeden Tag',
  'days.run': '{first}–{last}',
  'days.pair': '{first} und {second}',

  'date.long': '{day}. {month} {year}',
  'date.withWeekday': '{weekday}, {date}',
  'date.rangeInMonth': '{fromDay}. bis {to}',
  'date.rangeInYear': '{fromDay}. {fromMonth} bis {to}',
  'date.range': '{from} bis {to}',
  'dated.long': '{from}, {start} Uhr bis {to}, {end} Uhr',
  'dated.otherDay': '{hours} am {date}',

  'zone.utc': 'UTC',
  'zone.city': 'Ortszeit {city}',
  'zone.cityGeneric': 'Ortszeit {city} ({generic})',
  'zone.hours': '{label}: {hours}',
  'zone.except': '{main}, außer {others}',
  'zone.exceptSeparator': '{a}; und {b}',
  'zone.variant': '{hours} {periods}',
  'period.until': 'bis {date}',
  'period.from': 'ab {date}',
  'period.fromRange': 'vom {range}',
  'holiday.text': '{date}',
  'special.text': '{date}: {hours}',
  'special.unnamed': 'Geänderte Zeiten',

  'upcoming.change': 'Ab {date}: {text}',
  'upcoming.gone': 'Ab {date} wird {name} nicht mehr angeboten.',
  'upcoming.tierGone': 'Ab {date} gilt die Antwortzeit „{title}“ nicht mehr.',

  'heading.responseTimes': 'Antwortzeiten',
  'heading.hours': 'Servicezeiten',
  'heading.upcoming': 'Anstehende Änderungen',
  'label.zones': 'In anderen Zeitzonen:',
  'label.closed': 'Geschlossen am:',
  'label.special': 'Geänderte Zeiten am:',
  'tiers.none': 'Für diesen Kanal ist keine Antwortzeit veröffentlicht.',
};
