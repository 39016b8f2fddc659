/** English: importing a calendar file (.ics): only the import screen shows these. */
export const ics = {
  'ics.title': 'Import a calendar',
  'ics.intro':
    'Choose an .ics file, such as one your center shared or exported from a calendar app. You will see what it holds before anything is added.',
  'ics.file': 'Calendar file (.ics)',
  'ics.reading': 'Reading the file…',
  'ics.preview': 'This file holds:',
  'ics.preview.new': { one: '1 new session', other: '{count} new sessions' },
  'ics.preview.updated': {
    one: '1 session you already have (it will be updated)',
    other: '{count} sessions you already have (they will be updated)',
  },
  'ics.preview.changes': {
    one: '1 moved or cancelled time',
    other: '{count} moved or cancelled times',
  },
  'ics.preview.skipped': {
    one: '1 event that is not a session (all-day, cancelled or too long), left out',
    other: '{count} events that are not sessions (all-day, cancelled or too long), left out',
  },
  'ics.confirm': 'Add to my schedule',
  'ics.cancel': 'Choose another file',
  'ics.done': { one: '1 session imported.', other: '{count} sessions imported.' },
  'ics.error.empty': 'This file is empty. Nothing was imported.',
  'ics.error.tooBig': 'This file is larger than 5 MB. Nothing was imported.',
  'ics.error.encoding':
    'This file is not in a text encoding the app can read (it should be UTF-8). Nothing was imported.',
  'ics.error.notCalendar': 'This is not a calendar (.ics) file. Nothing was imported.',
  'ics.error.truncated':
    'This calendar file is incomplete (it ends too soon). Nothing was imported. Try exporting it again.',
  'ics.error.noEvents': 'This calendar has no events in it. Nothing was imported.',
  'ics.error.tooMany':
    'This calendar has more than 2,000 events, more than a program schedule holds. Nothing was imported.',
  'ics.error.invalid': 'This calendar file could not be read. Nothing was imported.',
  'ics.error.saveFailed': 'Not imported: {message}. Nothing was changed.',
} as const;
