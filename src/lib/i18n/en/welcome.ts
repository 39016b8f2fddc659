/** English: the welcome on a first open (each step optional) and Settings' sections. */
export const welcome = {
  'welcome.title': 'Welcome',
  'welcome.intro':
    'A few questions to set the app up for you. Every one is optional, and you can change each answer later in Settings.',
  'welcome.step': 'Step {step} of {count}',
  'welcome.skip': 'Skip for now',
  'welcome.next': 'Next',
  'welcome.back': 'Back',
  'welcome.finish': 'Go to Today',
  'welcome.saving': 'Saving…',
  'welcome.failed': 'That could not be saved: {message}. What you typed is still here; try again.',
  'welcome.language.title': 'Your language',
  'welcome.language.intro': 'The app speaks English and Spanish.',
  'welcome.lock.title': 'Lock the app with a PIN or passphrase',
  'welcome.lock.intro':
    'If others may use this phone, a lock keeps what you write private. It is optional: you can turn it on later in Settings, under Privacy and lock.',
  'welcome.lock.show': 'Set a PIN or passphrase',
  'welcome.lock.on': 'The lock is on.',
  'welcome.program.title': 'Your program',
  'welcome.program.intro':
    'The day you started (or will start) your program. The app counts your days in treatment from it.',
  'welcome.program.startDate': 'Program start date (optional)',
  'welcome.program.future': 'Your days in treatment and your sessions will count from {date}.',
  'welcome.program.saved': 'Start date saved.',
  'welcome.program.today': 'I start today',
  'welcome.error.notADate': 'Enter a date, or leave it empty.',
  'welcome.error.tooFarAhead': 'That is more than a year from now. Check the year, please.',
  'welcome.error.tooLongAgo': 'That is more than three years ago. Check the year, please.',
  'welcome.group.title': 'Your group',
  'welcome.group.intro':
    'Sessions count from today, or from your start date if it is later: nothing before you joined is counted as missed.',
  'welcome.person.title': 'One person to call',
  'welcome.person.intro':
    'Someone you trust and can call when things get hard. They go into My plan, and Get help now shows them.',
  'welcome.person.name': 'Name',
  'welcome.person.relationship': 'Who they are to you (optional)',
  'welcome.person.phone': 'Phone number',
  'welcome.person.saved': '{name} is in My plan.',
  'welcome.error.name': 'Enter their name, or leave both fields empty.',
  'welcome.error.nameTooLong': 'Use 80 characters or fewer.',
  'welcome.error.phone': 'Enter a number a phone can call, such as 503-555-0100.',
  'welcome.error.phoneTooLong': 'Use 30 characters or fewer.',
  'welcome.checkIn.title': 'Your first check-in',
  'welcome.checkIn.intro':
    'A check-in takes a minute: how you feel, any cravings, what helped. It is yours alone, kept on this phone.',
  'welcome.checkIn.now': 'Check in now',
} as const;
