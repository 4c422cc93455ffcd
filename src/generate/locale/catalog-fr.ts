/**
 * The French catalog (complete: it has every id of the English one). French typography: a
 * no-break space before ":" and ";", a narrow one before "%"; "sous 4 heures ouvrées" for
 * "within"; "1er" for the first of a month; "chaque appel" where the plural would need a
 * gender. Holiday names are the policy's (English) words, so a closed date reads as the date
 * alone, as in German (docs/locales.md).
 */
import type { MessageId } from './catalog-en.js';

const FIRST = (arg: string) => `{${arg}, select, 1 {1er} other {{${arg}}}}`;

export const FR: Record<MessageId, string> = {
  'number.percent': '{n}\u202f%',
  'list.and': '{init} et {last}',
  'list.comma': '{a}, {b}',
  'list.semicolon': '{a}\u00a0; {b}',

  'duration.second': '{n, plural, one {{count} seconde} other {{count} secondes}}',
  'duration.minute': '{n, plural, one {{count} minute} other {{count} minutes}}',
  'duration.hour': '{n, plural, one {{count} heure} other {{count} heures}}',
  'duration.day': '{n, plural, one {{count} jour} other {{count} jours}}',
  'duration.businessMinute': '{n, plural, one {{count} minute ouvrée} other {{count} minutes ouvrées}}',
  'duration.businessHour': '{n, plural, one {{count} heure ouvrée} other {{count} heures ouvrées}}',
  'duration.businessDay': '{n, plural, one {{count} jour ouvré} other {{count} jours ouvrés}}',
  'duration.compound': '{first} {second}',
  'duration.businessTime': '{time} de temps ouvré',
  'range.to': '{low} à {high}',

  'noun.many': '{noun, select, calls {appels} chats {chats} conversations {conversations} other {demandes}}',
  'noun.one': '{noun, select, calls {appel} chats {chat} conversations {conversation} other {demande}}',
  'promise.clause':
    '{how, select, all {{verb, select, receipt {accusons réception} other {répondons}} sous {time}} usually {{verb, select, receipt {accusons généralement réception} other {répondons généralement}} sous {time}} other {{verb, select, answer {prenons {share} des {noun}} receipt {accusons réception de {share} des {noun}} other {répondons à {share} des {noun}}} sous {time}}}',
  'place.at': '{name}\u00a0: {location}',
  'within.phrase': '{how, select, all {{time}} usually {{time} pour la plupart des {noun}} other {{time} pour {share} des {noun}}}',
  'promise.range':
    '{how, select, all {nous répondons sous {range}} usually {nous répondons généralement sous {range}} other {nous répondons à {atLeast, select, yes {au moins } other {}}{share} des {noun} sous {range}}}',

  'title.live': '{name}\u00a0: délais de réponse',
  'title.notLive': '{name} n’est pas en direct',
  'title.notLivePromise': '{name} n’est pas en direct\u00a0: {promise}',
  'tier.sentence': '{description} Nous {main}, {hours}.',
  'tier.sentenceWithReceipt': '{description} Nous {receipt} et {main}, {hours}.',
  'tier.line': '{title}\u00a0: {sentence}',
  'notice.chat': 'Ce n’est pas un chat en direct\u00a0: une personne lit votre message et vous répond plus tard.',
  'notice.channel': 'Ce canal n’est pas traité en direct\u00a0: une personne lit votre message et vous répond plus tard.',
  'notice.noTime': '{opening} Nous n’avons pas publié de délai de réponse pour ce canal.',
  'notice.promise': '{opening} {promise}{depending, select, yes { selon l’urgence} other {}}, {hours}.',
  'urgent.use': 'En cas d’urgence, utilisez {name}.',
  'urgent.useAt': 'En cas d’urgence, utilisez {name}\u00a0: {location}',
  'urgent.answered': '{use} Joignable {hours}\u00a0: {how}.',
  'urgent.how': '{how, select, all {chaque {one} sous {time}} usually {généralement sous {time}} other {{share} des {noun} sous {time}}}',

  'pause.metric': '{metric, select, firstResponse {notre délai de première réponse} nextResponse {notre délai pour les réponses suivantes} other {notre délai de résolution}}',
  'pause.times': '{list}',
  'pause.both': 'Le temps passé à attendre votre réponse, ou une personne extérieure à notre équipe, ne compte pas dans {times}.',
  'pause.pending': 'Le temps passé à attendre votre réponse ne compte pas dans {times}.',
  'pause.onHold': 'Le temps passé à attendre une personne extérieure à notre équipe ne compte pas dans {times}.',
  'hours.aroundTheClock': '24\u00a0h sur 24, 7\u00a0jours sur 7',
  'hours.closed': 'fermé',
  'hours.none': 'aucune heure d’ouverture',
  'hours.undefined': 'heures ouvrées (non définies)',
  'hours.inZone': '{week}, {zone}',
  'hours.sentence': '{hours}. Les délais de réponse ne comptent que ces heures.',
  'hours.sentenceAroundTheClock': '24\u00a0h sur 24, 7\u00a0jours sur 7.',
  'week.span': '{start}–{end}{next, select, yes { (le lendemain)} other {}}',
  'week.longSpan': 'du {startDay} {start} au {endDay}{following, select, yes { suivant} other {}} {end}',
  'week.days': '{days} {spans}',
  'week.spansAnd': '{a} et {b}',
  'days.every': 'tous les jours',
  'days.run': 'du {first} au {last}',
  'days.pair': '{first} et {second}',

  'date.long': `${FIRST('day')} {month} {year}`,
  'date.withWeekday': '{weekday} {date}',
  'date.rangeInMonth': `${FIRST('fromDay')} au {to}`,
  'date.rangeInYear': `${FIRST('fromDay')} {fromMonth} au {to}`,
  'date.range': '{from} au {to}',
  'dated.long': 'du {from} {start} au {to} {end}',
  'dated.otherDay': '{hours} le {date}',

  'zone.utc': 'UTC',
  'zone.city': 'heure de {city}',
  'zone.cityGeneric': 'heure de {city} ({generic})',
  'zone.hours': '{label}\u00a0: {hours}',
  'zone.except': '{main}, sauf {others}',
  'zone.exceptSeparator': '{a}\u00a0; et {b}',
  'zone.variant': '{hours} {periods}',
  'period.until': 'jusqu’au {date}',
  'period.from': 'à partir du {date}',
  'period.fromRange': 'du {range}',
  'holiday.text': '{date}',
  'special.text': '{date}\u00a0: {hours}',
  'special.unnamed': 'Horaires modifiés',

  'upcoming.change': 'À partir du {date}\u00a0: {text}',
  'upcoming.gone': 'À partir du {date}, {name} n’est plus proposé.',
  'upcoming.tierGone': 'À partir du {date}, le délai de réponse «\u00a0{title}\u00a0» ne s’applique plus.',

  'heading.responseTimes': 'Délais de réponse',
  'heading.hours': 'Horaires',
  'heading.upcoming': 'Changements à venir',
  'label.zones': 'Dans d’autres fuseaux horaires\u00a0:',
  'label.closed': 'Fermé les jours suivants\u00a0:',
  'label.special': 'Horaires différents les jours suivants\u00a0:',
  'tiers.none': 'Aucun délai de réponse n’est publié pour ce canal.',
};
