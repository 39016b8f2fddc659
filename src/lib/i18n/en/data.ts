/** English: backup and restore, storage, app lock, quick exit and deleting data. */
export const data = {
  'settings.title': 'Settings',
  'settings.language.title': 'Language',
  'settings.language.label': 'App language',
  'settings.language.saved': 'Language changed to English.',
  'settings.storage.title': 'Your data',
  'settings.storage.intro':
    'Everything you enter stays on this phone. Nothing is sent anywhere unless you send it.',
  'settings.storage.persisted': 'Protected: this browser will keep your data.',
  'settings.storage.notPersisted':
    'Not yet protected: the browser may clear your data if the phone runs low on space. The app asks for protection when you first save something.',
  'settings.storage.unknown': 'This browser does not say whether it will keep your data.',
  'settings.storage.protect': 'Protect my data',
  'settings.about.title': 'About',
  'settings.about.program': 'Made for clients of {program}, {city}, {state}.',
  'settings.about.version': 'Version {version}',
  'settings.sectionFailed':
    'This part of Settings could not be loaded. Reload to try again; nothing was changed.',
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
  'backup.error.weakPassphrase':
    'This passphrase is too easy to guess for a backup file. Use 10 or more characters that mix letters with numbers or symbols, or four words or more.',
  'backup.strength': 'Strength: {level}.',
  'backup.strength.pin':
    'Numbers alone are easy to guess from a file: add letters, or use four words.',
  'backup.strength.rule':
    'A backup needs at least a fair passphrase: 10 or more characters that mix letters with numbers or symbols, or four words or more.',
  'secret.level.tooShort': 'too short',
  'secret.level.weak': 'weak',
  'secret.level.fair': 'fair',
  'secret.level.strong': 'strong',
  'backup.csv': 'Spreadsheet (CSV)',
  'backup.csvCheckIns': 'Check-ins as CSV',
  'backup.csvMeasures': 'Measures (CSV)',
  'backup.csvAttendance': 'Attendance as CSV',
  'backup.lastExport': 'Last backup: {date}.',
  'backup.neverExported': 'No backup yet.',
  'backup.reminder': 'Remind me to back up after',
  'backup.reminder.off': 'Never',
  'backup.reminder.days': { one: '1 day', other: '{count} days' },
  'backup.import': 'Import backup',
  'backup.import.file': 'Backup file',
  'backup.import.reading': 'Checking the file…',
  'backup.preview': 'This backup holds:',
  'backup.preview.made': 'Made on {date} with app version {version}.',
  'backup.preview.encrypted':
    'It is encrypted: enter its passphrase to see what it holds and import it.',
  'backup.preview.nothing': 'It holds no records.',
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
  'backup.table.plans': 'Versions of my plan',
  'backup.table.recordings': 'Voice message to myself',
  'backup.table.measures': 'Measures taken (PHQ-9, GAD-7, BAM)',
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

  'storage.keep.title': 'Keep your records on this phone',
  'storage.keep.titleComputer': 'Keep your records on this computer',
  'storage.keep.short':
    'Your browser may erase this app’s records if you do not open it for 7 days.',
  'storage.keep.how': 'Show me how to keep them',
  'storage.keep.body':
    'If you add the app to your Home Screen, its records are kept. The app on the Home Screen starts empty, so bring your records along with a backup:',
  'storage.keep.stepBackup': 'First, save a backup (Settings, Backup).',
  'storage.keep.step1': 'Tap Share (the square with an arrow; in some browsers, tap ••• first).',
  'storage.keep.step2': 'Choose Add to Home Screen, then tap Add.',
  'storage.keep.step3': 'Open the app from its new icon.',
  'storage.keep.stepImport':
    'There, import your backup in Settings, Backup. Your records will be there.',
  'storage.keep.fresh': 'You have no records yet, so this is the best moment to do it.',
  'storage.keep.mac':
    'In Safari on a Mac, choose File, then Add to Dock, and open the app from the Dock. The app in the Dock starts empty: bring your records along with a backup (Settings, Backup).',
  'storage.keep.other':
    'Save a backup often (Settings, Backup), and open the app at least once a week.',
  'storage.keep.reminder': 'Until then, the app reminds you to back up every {days} days.',
  'storage.keep.backupNow': 'Back up now',
  'storage.keep.ok': 'Got it',

  'lock.title': 'App lock',
  'lock.intro':
    'Stops anyone who picks up your phone from reading your records: they are encrypted on this phone, and the app locks itself after {minutes} minutes without use and when you leave it. A PIN of 6 or more digits is a quick lock. Four or more random words also hold against someone who copies the phone’s files.',
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
  'lock.passkey.title': 'Unlock with this phone’s screen lock',
  'lock.passkey.intro':
    'Face ID, a fingerprint or your phone’s own PIN opens the app, and your app PIN or passphrase still works. A secret kept in your phone’s secure hardware unlocks your records; nothing is sent anywhere.',
  'lock.passkey.confirm': 'Your passphrase or PIN (to confirm it is you)',
  'lock.passkey.turnOn': 'Turn on unlock with this phone’s screen lock',
  'lock.passkey.turnOff': 'Turn off unlock with this phone’s screen lock',
  'lock.passkey.on': 'On: this phone’s screen lock opens the app.',
  'lock.passkey.turnedOn': 'Done. Next time, your phone’s screen lock opens the app.',
  'lock.passkey.turnedOff': 'Turned off. Your passphrase or PIN opens the app.',
  'lock.passkey.wrong': 'That passphrase or PIN is not right. Nothing was changed.',
  'lock.passkey.unsupported':
    'This phone’s screen lock cannot open the app here. Nothing was changed; your passphrase or PIN still works.',
  'lock.error.short': 'Use at least 6 digits, or a passphrase of at least 8 characters.',
  'lock.error.mismatch': 'The two entries are not the same.',
  'lock.error.failed': 'That did not work: {message}. Nothing was changed.',
  'lock.existing.title': 'Your records are already on this phone',
  'lock.existing.text':
    'Turning the lock on encrypts them. The browser may keep old, unencrypted copies in its own files for a while.',
  'lock.existing.cleanText':
    'A clean start leaves no such copy: it saves an encrypted backup file first (your passphrase opens it), deletes the app’s storage, turns the lock on and puts your records back, encrypted.',
  'lock.existing.pinText':
    'A clean start needs a passphrase, so it is not offered with a PIN. For the strongest protection, use four or more random words instead.',
  'lock.existing.clean': 'Clean start (recommended)',
  'lock.existing.quick': 'Just turn on the lock',
  'lock.existing.cancel': 'Not now',
  'lock.clean.backup': 'Saving an encrypted backup file…',
  'lock.clean.delete': 'Deleting the unencrypted copy…',
  'lock.clean.lock': 'Turning the lock on…',
  'lock.clean.restore': 'Putting your records back, encrypted…',
  'lock.clean.done':
    'Done. Your records are locked, and no unencrypted copy is left. Keep the file {file} until you have checked that everything is here.',
  'lock.clean.doneKeepsFiles':
    'Done. Your records are locked. Keep the file {file} until you have checked that everything is here. (This web address cannot ask the browser to clear its own files, so old copies may stay there for a while.)',
  'lock.clean.confirm':
    'The backup file {file} is saved. Check that it is in your downloads (or Files), then go on: if the phone stops half-way, this file brings everything back.',
  'lock.clean.goOn': 'It is saved: go on',
  'lock.clean.stop': 'Stop here',
  'lock.clean.stopped': 'Stopped. Nothing was changed: the lock is still off.',
  'lock.clean.failed':
    'The clean start stopped: {message}. Your backup file holds everything: import it in Settings, Backup, with the same passphrase.',
  'lock.clean.blocked':
    'The app is also open in another tab or window. Close it there, and this goes on by itself.',
  'lock.strength.pin':
    'A PIN is a quick lock: it stops someone who picks up your phone, not someone who copies its files.',
  'lock.strength.more':
    'To hold even against someone who copies the phone’s files, use four or more random words.',
  'lock.strength.strong': 'It holds even against someone who copies the phone’s files.',
  'lock.wrongNothingChanged': 'That is not right. Nothing was changed.',
  'lock.change.title': 'Change PIN or passphrase',
  'lock.change.current': 'Your passphrase or PIN now',
  'lock.change.button': 'Change PIN or passphrase',
  'lock.changing': 'Changing it…',
  'lock.changed': 'Done. Use the new one from now on; your records were not touched.',
  'lock.off.intro': 'Your records will be stored unencrypted on this phone again.',
  'lock.off.confirm': 'Your passphrase or PIN, to turn the lock off',
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
  'delete.failed':
    'Not everything could be deleted: {message}. Try again, or clear the site data in your browser settings.',
  // Settings’ sections and the welcome offered again (#28).
  'settings.nav.label': 'Sections of Settings',
  'settings.section.you': 'You',
  'settings.section.program': 'Your program',
  'settings.section.reminders': 'Reminders',
  'settings.section.privacy': 'Privacy and lock',
  'settings.section.data': 'Your data',
  'settings.program.details': 'Dates and hours',
  'settings.storage.keep': 'Kept on this phone',
  'settings.welcome.title': 'The welcome',
  'settings.welcome.intro':
    'The first-day questions again: language, lock, program, group and a person to call.',
  'settings.welcome.again': 'Show the welcome again',
  'data.program.sessionsNotMoved':
    'Your start date is saved, but your group’s sessions could not be moved to it: {message}. Please press Save program again.',
} as const;
