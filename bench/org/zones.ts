// The benchmark organisation's twelve offices: IANA zone, region, and the public holidays and
// short days of the year after the bench's --as-of date (2026-11-23), as the office keeps them.
// Dates are local; weekend holidays are left out, as offices only list the days they close.

export type Region = 'americas' | 'emea' | 'india' | 'apac';

export interface Holiday {
  date: string;
  name: string;
}

export interface Office {
  zone: string;
  /** Lowercase, dashed: used in team and schedule names. */
  city: string;
  region: Region;
  holidays: Holiday[];
  /** Short days: the office closes at 13:00. */
  shortDays: Holiday[];
}

const h = (date: string, name: string): Holiday => ({ date, name });

const UK = [
  h('2026-12-25', 'Christmas Day'), h('2026-12-28', 'Boxing Day (substitute day)'), h('2027-01-01', "New Year's Day"),
  h('2027-03-26', 'Good Friday'), h('2027-03-29', 'Easter Monday'), h('2027-05-03', 'Early May bank holiday'),
  h('2027-05-31', 'Spring bank holiday'), h('2027-08-30', 'Summer bank holiday'),
];
const US = [
  h('2026-11-26', 'Thanksgiving Day'), h('2026-12-25', 'Christmas Day'), h('2027-01-01', "New Year's Day"),
  h('2027-01-18', 'Martin Luther King Jr. Day'), h('2027-02-15', "Presidents' Day"), h('2027-05-31', 'Memorial Day'),
  h('2027-06-18', 'Juneteenth (observed)'), h('2027-07-05', 'Independence Day (observed)'), h('2027-09-06', 'Labor Day'),
  h('2027-11-25', 'Thanksgiving Day'),
];
const EUROPE_SHORT = [h('2026-12-24', 'Christmas Eve'), h('2026-12-31', "New Year's Eve")];
const US_SHORT = [h('2026-11-27', 'Day after Thanksgiving'), h('2026-12-24', 'Christmas Eve')];

export const OFFICES: readonly Office[] = [
  { zone: 'Europe/London', city: 'london', region: 'emea', holidays: UK, shortDays: EUROPE_SHORT },
  {
    zone: 'Europe/Dublin', city: 'dublin', region: 'emea', shortDays: EUROPE_SHORT, holidays: [
      h('2026-12-25', 'Christmas Day'), h('2026-12-28', "St Stephen's Day (substitute day)"), h('2027-01-01', "New Year's Day"),
      h('2027-02-01', "St Brigid's Day"), h('2027-03-17', "St Patrick's Day"), h('2027-03-29', 'Easter Monday'),
      h('2027-05-03', 'May Day'), h('2027-06-07', 'June Bank Holiday'), h('2027-08-02', 'August Bank Holiday'),
      h('2027-10-25', 'October Bank Holiday'),
    ],
  },
  {
    zone: 'Europe/Berlin', city: 'berlin', region: 'emea', shortDays: EUROPE_SHORT, holidays: [
      h('2026-12-25', 'Christmas Day'), h('2027-01-01', "New Year's Day"), h('2027-03-08', "International Women's Day"),
      h('2027-03-26', 'Good Friday'), h('2027-03-29', 'Easter Monday'), h('2027-05-06', 'Ascension Day'),
      h('2027-05-17', 'Whit Monday'),
    ],
  },
  {
    zone: 'Europe/Madrid', city: 'madrid', region: 'emea', shortDays: EUROPE_SHORT, holidays: [
      h('2026-12-08', 'Immaculate Conception'), h('2026-12-25', 'Christmas Day'), h('2027-01-01', "New Year's Day"),
      h('2027-01-06', 'Epiphany'), h('2027-03-25', 'Maundy Thursday'), h('2027-03-26', 'Good Friday'),
      h('2027-08-16', 'Assumption Day (observed)'), h('2027-10-12', 'National Day of Spain'), h('2027-11-01', "All Saints' Day"),
    ],
  },
  { zone: 'America/New_York', city: 'new-york', region: 'americas', holidays: US, shortDays: US_SHORT },
  { zone: 'America/Chicago', city: 'chicago', region: 'americas', holidays: US, shortDays: US_SHORT },
  { zone: 'America/Los_Angeles', city: 'los-angeles', region: 'americas', holidays: US, shortDays: US_SHORT },
  {
    zone: 'America/Sao_Paulo', city: 'sao-paulo', region: 'americas', shortDays: [h('2026-12-24', 'Christmas Eve'), h('2026-12-31', "New Year's Eve")], holidays: [
      h('2026-12-25', 'Christmas Day'), h('2027-01-01', "New Year's Day"), h('2027-02-08', 'Carnival Monday'),
      h('2027-02-09', 'Carnival Tuesday'), h('2027-03-26', 'Good Friday'), h('2027-04-21', 'Tiradentes Day'),
      h('2027-05-27', 'Corpus Christi'), h('2027-09-07', 'Independence Day'), h('2027-10-12', 'Our Lady of Aparecida'),
      h('2027-11-02', "All Souls' Day"), h('2027-11-15', 'Republic Day'),
    ],
  },
  {
    zone: 'Asia/Kolkata', city: 'kolkata', region: 'india', shortDays: [h('2027-10-28', 'Diwali eve')], holidays: [
      h('2026-12-25', 'Christmas Day'), h('2027-01-26', 'Republic Day'), h('2027-03-22', 'Holi'),
      h('2027-10-29', 'Diwali'), h('2027-11-11', 'Bhai Dooj'),
    ],
  },
  {
    zone: 'Asia/Singapore', city: 'singapore', region: 'apac', shortDays: [h('2027-02-05', "Chinese New Year's Eve")], holidays: [
      h('2026-12-25', 'Christmas Day'), h('2027-01-01', "New Year's Day"), h('2027-02-08', 'Chinese New Year (observed)'),
      h('2027-02-09', 'Chinese New Year (second day, observed)'), h('2027-03-26', 'Good Friday'), h('2027-05-20', 'Vesak Day'),
      h('2027-08-09', 'National Day'), h('2027-10-28', 'Deepavali'),
    ],
  },
  {
    zone: 'Asia/Tokyo', city: 'tokyo', region: 'apac', shortDays: [h('2026-12-30', 'Year-end closing')], holidays: [
      h('2027-01-01', "New Year's Day"), h('2027-01-11', 'Coming of Age Day'), h('2027-02-11', 'National Foundation Day'),
      h('2027-02-23', "Emperor's Birthday"), h('2027-03-22', 'Vernal Equinox Day (observed)'), h('2027-04-29', 'Showa Day'),
      h('2027-05-03', 'Constitution Day'), h('2027-05-04', 'Greenery Day'), h('2027-05-05', "Children's Day"),
      h('2027-07-19', 'Marine Day'), h('2027-08-11', 'Mountain Day'), h('2027-09-20', 'Respect for the Aged Day'),
      h('2027-09-23', 'Autumnal Equinox Day'), h('2027-10-11', 'Sports Day'), h('2027-11-03', 'Culture Day'),
      h('2027-11-23', 'Labour Thanksgiving Day'),
    ],
  },
  {
    zone: 'Australia/Sydney', city: 'sydney', region: 'apac', shortDays: [h('2026-12-24', 'Christmas Eve')], holidays: [
      h('2026-12-25', 'Christmas Day'), h('2026-12-28', 'Boxing Day (additional day)'), h('2027-01-01', "New Year's Day"),
      h('2027-01-26', 'Australia Day'), h('2027-03-26', 'Good Friday'), h('2027-03-29', 'Easter Monday'),
      h('2027-04-26', 'Anzac Day (additional day)'), h('2027-06-14', "King's Birthday"), h('2027-10-04', 'Labour Day'),
    ],
  },
];

/** Every office's closed and short days: no team plans a training afternoon on one of them. */
export const BUSY_DATES: ReadonlySet<string> = new Set(OFFICES.flatMap((o) => [...o.holidays, ...o.shortDays].map((d) => d.date)));

export function office(city: string): Office {
  const found = OFFICES.find((o) => o.city === city);
  if (!found) throw new Error(`no office in ${city}`);
  return found;
}

/** Offices by region, in a fixed order: desk i takes the (i mod n)-th of its region. */
export const EMEA = ['london', 'dublin', 'berlin', 'madrid'].map(office);
// São Paulo pairs with London: Madrid and São Paulo share 12 October, and one of a desk's
// European and American offices must be open whenever the other is closed.
export const AMERICAS = ['sao-paulo', 'new-york', 'chicago', 'los-angeles'].map(office);
export const APAC = ['singapore', 'tokyo', 'sydney'].map(office);
export const INDIA = office('kolkata');
