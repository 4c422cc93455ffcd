/**
 * An iCalendar file's content lines with the line each starts on, and its outline: components
 * that open and close in order, and where each event and its properties are written. ical.js
 * parses the file but keeps no positions; this lets a problem be shown at file:line:column.
 */

/** One content line, unfolded (RFC 5545 §3.1: a line starting with a space or tab continues the previous one). */
export interface ContentLine {
  text: string;
  /** 1-based line of the file where it starts. */
  line: number;
}

/** A problem in a .ics file, at a line and column. */
export interface IcsProblem {
  line: number;
  column: number;
  /** Where the marked text ends (exclusive); the end of the line when absent. */
  endColumn?: number;
  message: string;
}

/** A VEVENT directly inside a VCALENDAR: the line of its BEGIN, and the first line of each of its own properties. */
export interface EventLines {
  line: number;
  properties: Map<string, ContentLine>;
}

export interface IcsOutline {
  lines: ContentLine[];
  /** In file order, as ical.js lists a calendar's events. */
  events: EventLines[];
  calendars: number;
  problems: IcsProblem[];
}

export function contentLines(text: string): ContentLine[] {
  const out: ContentLine[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const last = out[out.length - 1];
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && last) last.text += raw.slice(1);
    else if (raw.trim() !== '') out.push({ text: raw.trimEnd(), line: i + 1 });
  });
  return out;
}

/** The property name of a content line: what comes before the first `;` or `:`, in capitals. */
export function propertyName(text: string): string {
  const end = text.search(/[;:]/);
  return (end < 0 ? text : text.slice(0, end)).toUpperCase();
}

const valueOf = (text: string) => text.slice(text.indexOf(':') + 1).trim().toUpperCase();

/**
 * Components opened and closed in order, each property readable by `readProperty` (which
 * returns why not), every event located. Problems stop at the first broken structure: past it,
 * nothing the file says can be trusted.
 */
export function outline(text: string, readProperty: (line: string) => string | undefined): IcsOutline {
  const lines = contentLines(text);
  const stack: { name: string; line: number }[] = [];
  const events: EventLines[] = [];
  const problems: IcsProblem[] = [];
  let calendars = 0;
  for (const line of lines) {
    const name = propertyName(line.text);
    const at = (message: string): IcsProblem => ({ line: line.line, column: 1, message });
    if (name === 'BEGIN') {
      const component = valueOf(line.text);
      if (component === 'VCALENDAR' && stack.length === 0) calendars++;
      if (component === 'VEVENT' && stack.length === 1 && stack[0]!.name === 'VCALENDAR') events.push({ line: line.line, properties: new Map() });
      stack.push({ name: component, line: line.line });
    } else if (name === 'END') {
      const component = valueOf(line.text);
      const open = stack.pop();
      if (open?.name !== component) {
        problems.push(at(open ? `END:${component} closes the ${open.name} begun on line ${open.line}. Close that one first (END:${open.name}).` : `END:${component} closes nothing: there is no BEGIN:${component} before it. Delete the line or add its BEGIN.`));
        return { lines, events, calendars, problems };
      }
    } else if (stack.length === 0) {
      problems.push(at(`This line is outside any calendar. An iCalendar file holds BEGIN:VCALENDAR, its events, and END:VCALENDAR; delete the line or move it inside.`));
    } else {
      const unreadable = readProperty(line.text);
      if (unreadable) problems.push(at(unreadable));
      else if (stack.length === 2 && stack[1]!.name === 'VEVENT' && stack[0]!.name === 'VCALENDAR') {
        const event = events[events.length - 1]!;
        if (!event.properties.has(name)) event.properties.set(name, line);
      }
    }
  }
  const unclosed = stack[stack.length - 1];
  if (unclosed) problems.push({ line: unclosed.line, column: 1, message: `BEGIN:${unclosed.name} is never closed. Add END:${unclosed.name} after its last line.` });
  return { lines, events, calendars, problems };
}
