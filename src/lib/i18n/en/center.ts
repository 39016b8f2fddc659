/** English: the center's program (set-up, changes from the center) and phone-calendar reminders. */
export const center = {
  'center.setup.title': 'Your center’s groups',
  'center.setup.intro':
    '{program} publishes its schedule. Pick your group and its sessions appear in your schedule. Your own sessions stay yours.',
  'center.tracks.legend': 'Which group are you in?',
  'center.track.detail': '{slots}: {hours} h a week',
  'center.track.everything': 'Everything on {program}’s schedule',
  'center.setup.add': 'Add to my schedule',
  'center.setup.save': 'Save my groups',
  'center.setup.skip': 'Not now',
  'center.setup.skipped': 'No groups added. You can pick one any time in Settings.',
  'center.setup.added': {
    one: '1 session added to your schedule.',
    other: '{count} sessions added to your schedule.',
  },
  'center.setup.saved': 'Your groups are saved.',
  'center.setup.pickOne': 'Pick a group, or choose Not now.',
  'center.left.title': 'Sessions of groups you left',
  'center.left.body':
    'These came from groups you no longer picked. Remove them from your schedule? Attendance you recorded stays.',
  'center.left.remove': 'Remove these sessions',
  'center.left.removed': 'Removed. Your recorded attendance stays.',
  'center.changed.title': 'Your center changed the schedule',
  'center.changed.intro':
    'This is what changed in your groups. Attendance you already recorded stays as it is.',
  'center.change.added': 'New: {title}, {when}.',
  'center.change.moved': 'Moved: {title}, from {before} to {after}.',
  'center.change.changed': 'Updated: {title} (place, title or notes).',
  'center.change.cancelled': 'No longer on the schedule: {title}, {when}.',
  'center.change.occurrenceCancelled': 'Cancelled: {title} on {date}.',
  'center.change.occurrenceMoved': 'Moved: {title} on {date}, now {when}.',
  'center.change.goneTrack':
    'The group “{name}” is no longer on the center’s schedule: its sessions are listed above.',
  'center.apply': 'Apply changes',
  'center.keep': 'Keep my copy',
  'center.applied': 'Your schedule now has the center’s changes.',
  'center.kept': 'Your schedule stays as it was.',
  'center.failed': 'That could not be saved: {message}. Nothing was changed; try again.',
  'center.settings.none': '{program} has not published its schedule to the app yet.',
  'center.export.title': 'Reminders from your phone’s calendar',
  'center.export.intro':
    'This app cannot wake your phone when it is closed. Your phone’s own calendar can: add your sessions to it and the calendar will do the reminding.',
  'center.export.alarm': 'Remind me before each session',
  'center.export.alarm.off': 'No reminder',
  'center.export.alarm.minutes': '{count} minutes before',
  'center.export.checkIn': 'Also remind me to check in every day at {time}',
  'center.export.noCheckInTime': 'Set a check-in reminder time in Settings to add a daily one too.',
  'center.export.button': 'Add to my phone’s calendar',
  'center.export.done':
    'Saved {file}. Open it to add your sessions to your calendar. Adding it again updates them, it does not double them.',
  'center.export.alarmText': '{title} starts in {count} minutes',
  'center.export.checkInTitle': 'Check in with {app}',
  'center.export.checkInText': 'How are you doing today? A check-in takes a few seconds.',
  // Schedule's, kept in this area (which Schedule loads) rather than the core every screen loads.
  'schedule.beforeStart': 'Before your program start date. Its hours still count.',
} as const;
