/**
 * The Spanish catalog (complete: it has every id of the English one). "Within" is "en un plazo
 * de"; the contacts carry their article ("las solicitudes", "los chats") so the share agrees
 * with them; a tier's promise follows "Nuestro compromiso:", since a Spanish sentence has no
 * "We" to open it. Holiday names are left out, as in German (docs/locales.md).
 */
import type { MessageId } from './catalog-en.js';

export const ES: Record<MessageId, string> = {
  'number.percent': '{n}\u00a0%',
  'list.and': '{init} y {last}',
  'list.comma': '{a}, {b}',
  'list.semicolon': '{a}; {b}',

  'duration.second': '{n, plural, one {{count} segundo} other {{count} segundos}}',
  'duration.minute': '{n, plural, one {{count} minuto} other {{count} minutos}}',
  'duration.hour': '{n, plural, one {{count} hora} other {{count} horas}}',
  'duration.day': '{n, plural, one {{count} día} other {{count} días}}',
  'duration.businessMinute': '{n, plural, one {{count} minuto hábil} other {{count} minutos hábiles}}',
  'duration.businessHour': '{n, plural, one {{count} hora hábil} other {{count} horas hábiles}}',
  'duration.businessDay': '{n, plural, one {{count} día hábil} other {{count} días hábiles}}',
  'duration.compound': '{first} {second}',
  'duration.businessTime': '{time} de tiempo hábil',
  'range.to': '{low} a {high}',

  'noun.many': '{noun, select, calls {las llamadas} chats {los chats} conversations {las conversaciones} other {las solicitudes}}',
  'noun.one': '{noun, select, calls {llamada} chats {chat} conversations {conversación} other {solicitud}}',
  'promise.clause':
    '{how, select, all {{verb, select, receipt {confirmamos la recepción} other {respondemos}} en un plazo de {time}} usually {normalmente {verb, select, receipt {confirmamos la recepción} other {respondemos}} en un plazo de {time}} other {{verb, select, answer {atendemos el {share} de {noun}} receipt {confirmamos la recepción del {share} de {noun}} other {respondemos al {share} de {noun}}} en un plazo de {time}}}',
  'place.at': '{name}: {location}',
  'within.phrase': '{how, select, all {{time}} usually {{time} para la mayoría de {noun}} other {{time} para el {share} de {noun}}}',
  'promise.range':
    '{how, select, all {respondemos en un plazo de {range}} usually {normalmente respondemos en un plazo de {range}} other {respondemos {atLeast, select, yes {como mínimo } other {}}al {share} de {noun} en un plazo de {range}}}',

  'title.live': '{name}: tiempos de respuesta',
  'title.notLive': '{name} no es un canal en directo',
  'title.notLivePromise': '{name} no es un canal en directo: {promise}',
  'tier.sentence': '{description} Nuestro compromiso: {main}, {hours}.',
  'tier.sentenceWithReceipt': '{description} Nuestro compromiso: {receipt} y {main}, {hours}.',
  'tier.line': '{title}: {sentence}',
  'notice.chat': 'Esto no es un chat en directo: una persona lee su mensaje y le responde más tarde.',
  'notice.channel': 'Este canal no se atiende en directo: una persona lee su mensaje y le responde más tarde.',
  'notice.noTime': '{opening} No hemos publicado un tiempo de respuesta para este canal.',
  'notice.promise': '{opening} {promise}{depending, select, yes {, según la urgencia} other {}}, {hours}.',
  'urgent.use': 'Para casos urgentes, use {name}.',
  'urgent.useAt': 'Para casos urgentes, use {name}: {location}',
  'urgent.answered': '{use} Disponible {hours}: {how}.',
  'urgent.how': '{how, select, all {cada {one} en un plazo de {time}} usually {normalmente en un plazo de {time}} other {el {share} de {noun} en un plazo de {time}}}',

  'pause.metric': '{metric, select, firstResponse {nuestro tiempo de primera respuesta} nextResponse {nuestro tiempo de respuestas posteriores} other {nuestro tiempo de resolución}}',
  'pause.times': '{list}',
  'pause.both': 'El tiempo de espera de su respuesta, o de alguien ajeno a nuestro equipo, no cuenta para {times}.',
  'pause.pending': 'El tiempo de espera de su respuesta no cuenta para {times}.',
  'pause.onHold': 'El tiempo de espera de alguien ajeno a nuestro equipo no cuenta para {times}.',
  'hours.aroundTheClock': 'las 24 horas, todos los días',
  'hours.closed': 'cerrado',
  'hours.none': 'sin horario de atención',
  'hours.undefined': 'horario laboral (no definido)',
  'hours.inZone': '{week}, {zone}',
  'hours.sentence': '{hours}. Los tiempos de respuesta solo cuentan estas horas.',
  'hours.sentenceAroundTheClock': 'Las 24 horas, todos los días.',
  'week.span': '{start}–{end}{next, select, yes { (del día siguiente)} other {}}',
  'week.longSpan': 'del {startDay} a las {start} al {endDay}{following, select, yes { siguiente} other {}} a las {end}',
  'week.days': '{days} {spans}',
  'week.spansAnd': '{a} y {b}',
  'days.every': 'todos los días',
  'days.run': 'de {first} a {last}',
  'days.pair': '{first} y {second}',

  'date.long': '{day} de {month} de {year}',
  'date.withWeekday': '{weekday}, {date}',
  'date.rangeInMonth': '{fromDay} al {to}',
  'date.rangeInYear': '{fromDay} de {fromMonth} al {to}',
  'date.range': '{from} al {to}',
  'dated.long': 'del {from} a las {start} al {to} a las {end}',
  'dated.otherDay': '{hours} el {date}',

  'zone.utc': 'UTC',
  'zone.city': 'hora de {city}',
  'zone.cityGeneric': 'hora de {city} ({generic})',
  'zone.hours': '{label}: {hours}',
  'zone.except': '{main}, excepto {others}',
  'zone.exceptSeparator': '{a}; y {b}',
  'zone.variant': '{hours} {periods}',
  'period.until': 'hasta el {date}',
  'period.from': 'desde el {date}',
  'period.fromRange': 'del {range}',
  'holiday.text': '{date}',
  'special.text': '{date}: {hours}',
  'special.unnamed': 'Horario especial',

  'upcoming.change': 'A partir del {date}: {text}',
  'upcoming.gone': 'A partir del {date}, {name} deja de estar disponible.',
  'upcoming.tierGone': 'A partir del {date}, deja de aplicarse el tiempo de respuesta «{title}».',

  'heading.responseTimes': 'Tiempos de respuesta',
  'heading.hours': 'Horario',
  'heading.upcoming': 'Próximos cambios',
  'label.zones': 'En otras zonas horarias:',
  'label.closed': 'Cerrado los días:',
  'label.special': 'Horario especial los días:',
  'tiers.none': 'No hay un tiempo de respuesta publicado para este canal.',
};
