/** English: what the frame shows on every screen (lock, quick exit) and Today needs from other areas. */
export const shell = {
  'backup.due':
    'Your last backup is more than {count} days old. A fresh one keeps your records safe.',
  'backup.dueNever':
    'You have not saved a backup yet. It takes a moment and keeps your records safe.',
  'backup.dueAction': 'Back up now',

  'lock.screen.title': 'The app is locked',
  'lock.screen.documentTitle': 'Locked',
  'lock.screen.intro': 'Enter your passphrase or PIN to open your records.',
  'lock.screen.field': 'Passphrase or PIN',
  'lock.screen.unlock': 'Unlock',
  'lock.screen.passkey': 'Unlock with this phone’s screen lock',
  'lock.screen.passkeyFailed': 'That did not open the app. Your passphrase or PIN still works.',
  'lock.screen.unlocking': 'Unlocking…',
  'lock.screen.wrong': 'That is not right. Nothing was deleted; try again.',
  'lock.screen.wait': {
    one: 'Too many tries. Wait 1 second, then try again. Nothing was deleted.',
    other: 'Too many tries. Wait {count} seconds, then try again. Nothing was deleted.',
  },
  'lock.screen.tryIn': { one: 'Try again in 1 second', other: 'Try again in {count} seconds' },
  'lock.screen.forgot': 'Forgot it?',
  'lock.screen.forgotText':
    'Without your PIN or passphrase, your records cannot be opened, not even by the center. If you have a backup file: in your browser’s settings for this site, clear its data; then open the app and import the backup in Settings. Without a backup, clearing the site’s data lets you start again with an empty app.',
  'lock.screen.help': 'You can still get help without unlocking.',
  'lock.clean.interrupted':
    'Turning on the app lock with a clean start did not finish. Your records are in the backup file {file}: in Settings, Backup, import it with the passphrase you chose.',
  'lock.clean.interruptedOk': 'Got it',
  'write.full': 'this phone is out of storage space; free up some space first',
  'write.failed': 'That did not go through: {message}. Nothing was changed; please try again.',
  'lock.error.changed':
    'The app lock was changed in another window. Unlock here, then save again: what you wrote is still here.',
  'lock.unreadable': {
    one: 'One record could not be opened, so it is not shown. It stays on this phone untouched; everything else is here and goes into your backups.',
    other:
      '{count} records could not be opened, so they are not shown. They stay on this phone untouched; everything else is here and goes into your backups.',
  },

  'exit.label': 'Quick exit',
  'exit.hint': 'Leaves the app at once for a weather page.',

  'events.inProgress': 'In progress',
  'delete.deleting': 'Deleting…',
  'delete.waiting':
    'The app is also open in another tab or window. Close it there, and the deletion will finish by itself.',
  'delete.done': 'Your data was deleted from this phone.',
  'delete.startAgain': 'Start again',
} as const;
