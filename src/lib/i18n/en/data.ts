/** English: backup and restore, storage, app lock, quick exit and deleting data. */
export const data = {
  'backup.title': 'Backup',
  'backup.intro':
    'Everything lives on this phone. Save a backup file now and then, somewhere safe (your own email or cloud drive), so a lost phone does not take your records with it.',
  'backup.export': 'Export backup',
  'backup.passphrase': 'Passphrase (optional, recommended)',
  'backup.passphrase.hint':
    'With a passphrase the file is encrypted (AES-256). Without it, anyone who opens the file can read it. There is no way to recover a forgotten passphrase.',
  'backup.passphraseConfirm': 'Passphrase again',
  'backup.includeEvents': 'Include the meeting list (larger file; it reloads by itself anyway)',
  'backup.exporting': 'Preparing the backup…',
  'backup.exported': 'Backup saved: {file}.',
  'backup.exportFailed': 'The backup could not be made: {message}.',
  'backup.error.mismatch': 'The two passphrases are not the same.',
  'backup.error.short': 'Use at least 8 characters, or leave it empty for no encryption.',
  'backup.csv': 'Spreadsheet (CSV)',
  'backup.csvCheckIns': 'Check-ins as CSV',
  'backup.csvAttendance': 'Attendance as CSV',
  'backup.lastExport': 'Last backup: {date}.',
  'backup.neverExported': 'No backup yet.',
  'backup.reminder': 'Remind me to back up after',
  'backup.reminder.off': 'Never',
  'backup.reminder.days': { one: '1 day', other: '{count} days' },
  'backup.due':
    'Your last backup is more than {count} days old. A fresh one keeps your records safe.',
  'backup.dueNever':
    'You have not saved a backup yet. It takes a moment and keeps your records safe.',
  'backup.dueAction': 'Back up now',

  'backup.import': 'Import backup',
  'backup.import.file': 'Backup file',
  'backup.import.reading': 'Checking the file…',
  'backup.preview': 'This backup holds:',
  'backup.preview.made': 'Made on {date} with app version {version}.',
  'backup.preview.encrypted': 'It is encrypted: enter its passphrase to import it.',
  'backup.preview.range': 'Check-ins from {from} to {to}.',
  'backup.preview.count': '{table}: {count}',
  'backup.preview.passphrase': 'Backup passphrase',
  'backup.preview.unlock': 'Open backup',
  'backup.merge': 'Merge',
  'backup.merge.hint': 'Adds what is in the file and keeps everything on this phone.',
  'backup.replace': 'Replace',
  'backup.replace.hint': 'Removes everything on this phone, then restores the file.',
  'backup.replaceTitle': 'Replace everything on this phone?',
  'backup.replaceBody':
    'All records on this phone will be replaced by the backup. Download a backup of what is here now first, so nothing is lost.',
  'backup.replaceSafety': 'Download a backup of this phone first',
  'backup.replaceConfirm': 'Replace',
  'backup.cancel': 'Cancel',
  'backup.imported': 'Backup imported. Nothing was lost.',
  'backup.importFailed': 'Not imported: {message}. Nothing on this phone was changed.',
  'backup.table.checkIns': 'Check-ins',
  'backup.table.tags': 'Triggers and coping actions',
  'backup.table.sessions': 'Sessions',
  'backup.table.occurrenceChanges': 'Moved or cancelled sessions',
  'backup.table.attendance': 'Attendance records',
  'backup.table.slips': 'Slips',
  'backup.table.favourites': 'Saved meetings',
  'backup.table.settings': 'Settings',
  'backup.table.events': 'Meetings (list)',
  'backup.error.empty': 'This file is empty. Nothing was changed.',
  'backup.error.tooBig':
    'This file is too large to be a backup from this app. Nothing was changed.',
  'backup.error.notJson':
    'This is not a backup file from this app (it could not be read, or it is cut short). Nothing was changed.',
  'backup.error.shape': 'This file is not a backup from this app. Nothing was changed.',
  'backup.error.unsafe': 'This file holds data the app refuses to read. Nothing was changed.',
  'backup.error.newer':
    'This backup comes from a newer version of the app. Update the app, then import it. Nothing was changed.',
  'backup.error.checksum':
    'This backup has been changed or damaged since it was made (its checksum does not match). Nothing was changed.',
  'backup.error.needsPassphrase': 'This backup is encrypted. Enter its passphrase.',
  'backup.error.passphrase':
    'The passphrase is wrong, or the file was changed. Nothing was changed; try the passphrase again.',
  'backup.error.values':
    'This backup holds values the app cannot accept (for example a mood outside 1-5). Nothing was changed.',

  'storage.ios':
    'On an iPhone or iPad, Safari may delete this app’s data after 7 days without a visit. Add the app to your Home Screen (Share, then Add to Home Screen) to keep it.',

  'lock.title': 'App lock',
  'lock.intro':
    'Lock the app with a passphrase or a PIN of 6 or more digits. While it is on, your records are encrypted on this phone and the app locks itself after {minutes} minutes without use and when you leave it.',
  'lock.on': 'The app lock is on.',
  'lock.off': 'The app lock is off.',
  'lock.new': 'New passphrase or PIN',
  'lock.confirm': 'Same passphrase or PIN again',
  'lock.turnOn': 'Turn on app lock',
  'lock.turnOff': 'Turn off app lock',
  'lock.turningOn': 'Encrypting your records…',
  'lock.turningOff': 'Decrypting your records…',
  'lock.turnedOn': 'App lock is on. Your records are encrypted.',
  'lock.turnedOff': 'App lock is off.',
  'lock.lockNow': 'Lock now',
  'lock.error.short': 'Use at least 6 digits, or a passphrase of at least 8 characters.',
  'lock.error.mismatch': 'The two entries are not the same.',
  'lock.error.failed': 'That did not work: {message}. Nothing was changed.',
  'lock.screen.title': 'The app is locked',
  'lock.screen.intro': 'Enter your passphrase or PIN to open your records.',
  'lock.screen.field': 'Passphrase or PIN',
  'lock.screen.unlock': 'Unlock',
  'lock.screen.unlocking': 'Unlocking…',
  'lock.screen.wrong': 'That is not right. Nothing was deleted; try again.',
  'lock.screen.wait':
    'Too many tries. Wait {seconds} seconds, then try again. Nothing was deleted.',
  'lock.screen.forgot': 'Forgot it?',
  'lock.screen.forgotText':
    'Your records are encrypted with your passphrase and cannot be read without it, not even by the center. If you have a backup file, you can delete the app’s data in Settings (once you are in) or in your browser’s site settings, then import the backup.',
  'lock.screen.help': 'You can still get help without unlocking.',

  'exit.label': 'Quick exit',
  'exit.hint': 'Leaves the app at once for a weather page.',

  'delete.title': 'Delete all my data',
  'delete.intro':
    'Removes every record, setting and cached file of this app from this phone. This cannot be undone: export a backup first if you may want your records later.',
  'delete.button': 'Delete all my data',
  'delete.confirmTitle': 'Delete everything?',
  'delete.confirmBody':
    'Every check-in, session, attendance record and setting on this phone will be deleted. This cannot be undone.',
  'delete.confirmLabel': 'Type DELETE to confirm',
  'delete.confirmWord': 'DELETE',
  'delete.confirm': 'Delete everything',
  'delete.cancel': 'Keep my data',
  'delete.deleting': 'Deleting…',
  'delete.failed':
    'Not everything could be deleted: {message}. Try again, or clear the site data in your browser settings.',
} as const;
