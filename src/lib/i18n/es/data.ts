import type { Message } from '../en';
import type { data as english } from '../en/data';

/** Spanish: backup and restore, storage, app lock, quick exit and deleting data. */
export const data: Record<keyof typeof english, Message> = {
  'settings.title': 'Ajustes',
  'settings.language.title': 'Idioma',
  'settings.language.label': 'Idioma de la aplicación',
  'settings.language.saved': 'El idioma cambió a español.',
  'settings.storage.title': 'Tus datos',
  'settings.storage.intro':
    'Todo lo que escribes se queda en este teléfono. No se envía a ningún lado a menos que tú lo envíes.',
  'settings.storage.persisted': 'Protegidos: este navegador conservará tus datos.',
  'settings.storage.notPersisted':
    'Aún no están protegidos: el navegador podría borrar tus datos si el teléfono se queda sin espacio. La aplicación pide protección la primera vez que guardas algo.',
  'settings.storage.unknown': 'Este navegador no indica si conservará tus datos.',
  'settings.storage.protect': 'Proteger mis datos',
  'settings.about.title': 'Acerca de',
  'settings.about.program': 'Hecha para las personas que participan en {program}, {city}, {state}.',
  'settings.about.version': 'Versión {version}',
  'settings.sectionFailed':
    'Esta parte de Ajustes no se pudo cargar. Vuelve a cargar para intentarlo; no se cambió nada.',
  'backup.title': 'Copia de seguridad',
  'backup.intro':
    'Todo está en este teléfono. Guarda de vez en cuando una copia en un lugar seguro (tu propio correo o nube), para que perder el teléfono no signifique perder tus registros.',
  'backup.export': 'Exportar copia',
  'backup.passphrase': 'Contraseña (opcional, recomendada)',
  'backup.passphrase.hint':
    'Con contraseña, el archivo queda cifrado (AES-256). Sin ella, cualquiera que abra el archivo puede leerlo. Una contraseña olvidada no se puede recuperar.',
  'backup.passphraseConfirm': 'Repite la contraseña',
  'backup.includeEvents':
    'Incluir la lista de reuniones (archivo más grande; de todos modos se vuelve a cargar sola)',
  'backup.exporting': 'Preparando la copia…',
  'backup.exported': 'Copia guardada: {file}.',
  'backup.exportFailed': 'No se pudo hacer la copia: {message}.',
  'backup.error.mismatch': 'Las dos contraseñas no son iguales.',
  'backup.error.short': 'Usa al menos 8 caracteres, o déjala vacía para no cifrar.',
  'backup.error.weakPassphrase':
    'Esta contraseña es demasiado fácil de adivinar para un archivo de copia. Usa 10 caracteres o más que mezclen letras con números o símbolos, o cuatro palabras o más.',
  'backup.strength': 'Seguridad: {level}.',
  'backup.strength.pin':
    'Solo números es fácil de adivinar desde un archivo: agrega letras, o usa cuatro palabras.',
  'backup.strength.rule':
    'Una copia necesita una contraseña al menos aceptable: 10 caracteres o más que mezclen letras con números o símbolos, o cuatro palabras o más.',
  'secret.level.tooShort': 'demasiado corta',
  'secret.level.weak': 'débil',
  'secret.level.fair': 'aceptable',
  'secret.level.strong': 'fuerte',
  'backup.csv': 'Hoja de cálculo (CSV)',
  'backup.csvCheckIns': 'Registros en CSV',
  'backup.csvMeasures': 'Cuestionarios (CSV)',
  'backup.csvAttendance': 'Asistencia en CSV',
  'backup.lastExport': 'Última copia: {date}.',
  'backup.neverExported': 'Todavía no hay copia.',
  'backup.reminder': 'Recordarme hacer una copia después de',
  'backup.reminder.off': 'Nunca',
  'backup.reminder.days': { one: '1 día', other: '{count} días' },
  'backup.import': 'Importar copia',
  'backup.import.file': 'Archivo de copia',
  'backup.import.reading': 'Revisando el archivo…',
  'backup.preview': 'Esta copia contiene:',
  'backup.preview.made': 'Hecha el {date} con la versión {version} de la aplicación.',
  'backup.preview.encrypted':
    'Está cifrada: escribe su contraseña para ver lo que contiene e importarla.',
  'backup.preview.nothing': 'No contiene registros.',
  'backup.preview.range': 'Registros del {from} al {to}.',
  'backup.preview.count': '{table}: {count}',
  'backup.preview.passphrase': 'Contraseña de la copia',
  'backup.preview.unlock': 'Abrir copia',
  'backup.merge': 'Combinar',
  'backup.merge.hint': 'Agrega lo que hay en el archivo y conserva todo lo de este teléfono.',
  'backup.replace': 'Reemplazar',
  'backup.replace.hint': 'Borra todo lo de este teléfono y luego restaura el archivo.',
  'backup.replaceTitle': '¿Reemplazar todo lo de este teléfono?',
  'backup.replaceBody':
    'Todos los registros de este teléfono se reemplazarán por la copia. Descarga primero una copia de lo que hay ahora, para no perder nada.',
  'backup.replaceSafety': 'Descargar primero una copia de este teléfono',
  'backup.replaceConfirm': 'Reemplazar',
  'backup.cancel': 'Cancelar',
  'backup.imported': 'Copia importada. No se perdió nada.',
  'backup.importFailed': 'No se importó: {message}. No se cambió nada en este teléfono.',
  'backup.table.checkIns': 'Registros',
  'backup.table.tags': 'Detonantes y acciones',
  'backup.table.sessions': 'Sesiones',
  'backup.table.occurrenceChanges': 'Sesiones movidas o canceladas',
  'backup.table.attendance': 'Asistencia',
  'backup.table.slips': 'Recaídas',
  'backup.table.favourites': 'Reuniones guardadas',
  'backup.table.settings': 'Ajustes',
  'backup.table.plans': 'Versiones de mi plan',
  'backup.table.recordings': 'Mensaje de voz para mí',
  'backup.table.measures': 'Cuestionarios respondidos (PHQ-9, GAD-7, BAM)',
  'backup.table.events': 'Reuniones (lista)',
  'backup.error.empty': 'Este archivo está vacío. No se cambió nada.',
  'backup.error.tooBig':
    'Este archivo es demasiado grande para ser una copia de esta aplicación. No se cambió nada.',
  'backup.error.notJson':
    'Este no es un archivo de copia de esta aplicación (no se pudo leer o está incompleto). No se cambió nada.',
  'backup.error.shape': 'Este archivo no es una copia de esta aplicación. No se cambió nada.',
  'backup.error.unsafe':
    'Este archivo contiene datos que la aplicación se niega a leer. No se cambió nada.',
  'backup.error.newer':
    'Esta copia viene de una versión más nueva de la aplicación. Actualiza la aplicación y luego impórtala. No se cambió nada.',
  'backup.error.checksum':
    'Esta copia se modificó o se dañó después de hacerse (su suma de verificación no coincide). No se cambió nada.',
  'backup.error.needsPassphrase': 'Esta copia está cifrada. Escribe su contraseña.',
  'backup.error.passphrase':
    'La contraseña no es correcta, o el archivo se modificó. No se cambió nada; vuelve a intentarlo.',
  'backup.error.values':
    'Esta copia tiene valores que la aplicación no acepta (por ejemplo, un ánimo fuera de 1-5). No se cambió nada.',

  'storage.keep.title': 'Conserva tus registros en este teléfono',
  'storage.keep.titleComputer': 'Conserva tus registros en esta computadora',
  'storage.keep.short':
    'Tu navegador puede borrar los registros de esta aplicación si pasas 7 días sin abrirla.',
  'storage.keep.how': 'Cómo conservarlos',
  'storage.keep.body':
    'Si agregas la aplicación a tu pantalla de inicio, Safari conserva sus registros. La aplicación de la pantalla de inicio empieza vacía, así que lleva tus registros con una copia de seguridad:',
  'storage.keep.stepBackup': 'Primero, guarda una copia (Ajustes, Copia de seguridad).',
  'storage.keep.step1':
    'Toca Compartir (el cuadrado con una flecha; en algunos navegadores, toca ••• primero).',
  'storage.keep.step2': 'Elige Agregar a inicio y toca Agregar.',
  'storage.keep.step3': 'Abre la aplicación desde su nuevo ícono.',
  'storage.keep.stepImport':
    'Allí, importa tu copia en Ajustes, Copia de seguridad. Ahí estarán tus registros.',
  'storage.keep.fresh': 'Todavía no tienes registros, así que este es el mejor momento.',
  'storage.keep.mac':
    'En Safari en una Mac, elige Archivo y luego Agregar al Dock, y abre la aplicación desde el Dock. La aplicación del Dock empieza vacía: lleva tus registros con una copia de seguridad (Ajustes, Copia de seguridad).',
  'storage.keep.other':
    'Guarda una copia de seguridad a menudo (Ajustes, Copia de seguridad) y abre la aplicación al menos una vez por semana.',
  'storage.keep.reminder':
    'Mientras tanto, la aplicación te recordará hacer una copia cada {days} días.',
  'storage.keep.backupNow': 'Hacer una copia ahora',
  'storage.keep.ok': 'Entendido',

  'lock.title': 'Bloqueo de la aplicación',
  'lock.intro':
    'Impide que quien tome tu teléfono lea tus registros: se cifran en este teléfono, y la aplicación se bloquea sola después de {minutes} minutos sin uso y cuando sales de ella. Un PIN de 6 o más dígitos es un bloqueo rápido. Cuatro o más palabras al azar protegen también contra quien copie los archivos del teléfono.',
  'lock.on': 'El bloqueo está activado.',
  'lock.off': 'El bloqueo está desactivado.',
  'lock.new': 'Nueva contraseña o PIN',
  'lock.confirm': 'Repite la contraseña o el PIN',
  'lock.turnOn': 'Activar el bloqueo',
  'lock.turnOff': 'Desactivar el bloqueo',
  'lock.turningOn': 'Cifrando tus registros…',
  'lock.turningOff': 'Descifrando tus registros…',
  'lock.turnedOn': 'El bloqueo está activado. Tus registros están cifrados.',
  'lock.turnedOff': 'El bloqueo está desactivado.',
  'lock.lockNow': 'Bloquear ahora',
  'lock.passkey.title': 'Desbloquear con el bloqueo de pantalla de este teléfono',
  'lock.passkey.intro':
    'Face ID, una huella o el PIN de tu teléfono abren la app, y tu PIN o frase de la app sigue funcionando. Un secreto guardado en el hardware seguro de tu teléfono abre tus registros; no se envía nada a ningún lugar.',
  'lock.passkey.confirm': 'Tu frase o PIN (para confirmar que eres tú)',
  'lock.passkey.turnOn': 'Activar el desbloqueo con el bloqueo de pantalla de este teléfono',
  'lock.passkey.turnOff': 'Desactivar el desbloqueo con el bloqueo de pantalla de este teléfono',
  'lock.passkey.on': 'Activado: el bloqueo de pantalla de este teléfono abre la app.',
  'lock.passkey.turnedOn':
    'Listo. La próxima vez, el bloqueo de pantalla de tu teléfono abre la app.',
  'lock.passkey.turnedOff': 'Desactivado. Tu frase o PIN abre la app.',
  'lock.passkey.wrong': 'Esa frase o PIN no es correcta. No se cambió nada.',
  'lock.passkey.unsupported':
    'El bloqueo de pantalla de este teléfono no puede abrir la app aquí. No se cambió nada; tu frase o PIN sigue funcionando.',
  'lock.error.short': 'Usa al menos 6 dígitos, o una contraseña de al menos 8 caracteres.',
  'lock.error.mismatch': 'Las dos entradas no son iguales.',
  'lock.error.failed': 'No funcionó: {message}. No se cambió nada.',
  'lock.existing.title': 'Tus registros ya están en este teléfono',
  'lock.existing.text':
    'Al activar el bloqueo se cifran. El navegador puede guardar copias viejas sin cifrar en sus propios archivos por un tiempo.',
  'lock.existing.cleanText':
    'Empezar de cero no deja esas copias: primero guarda una copia de seguridad cifrada (tu contraseña la abre), borra el almacenamiento de la aplicación, activa el bloqueo y vuelve a poner tus registros, cifrados.',
  'lock.existing.pinText':
    'Empezar de cero necesita una contraseña, así que no se ofrece con un PIN. Para la mayor protección, usa cuatro o más palabras al azar.',
  'lock.existing.clean': 'Empezar de cero (recomendado)',
  'lock.existing.quick': 'Solo activar el bloqueo',
  'lock.existing.cancel': 'Ahora no',
  'lock.clean.backup': 'Guardando una copia de seguridad cifrada…',
  'lock.clean.delete': 'Borrando la copia sin cifrar…',
  'lock.clean.lock': 'Activando el bloqueo…',
  'lock.clean.restore': 'Volviendo a poner tus registros, cifrados…',
  'lock.clean.done':
    'Listo. Tus registros están bloqueados y no queda ninguna copia sin cifrar. Conserva el archivo {file} hasta que compruebes que todo está aquí.',
  'lock.clean.doneKeepsFiles':
    'Listo. Tus registros están bloqueados. Conserva el archivo {file} hasta que compruebes que todo está aquí. (Esta dirección web no puede pedir al navegador que borre sus propios archivos, así que pueden quedar copias viejas allí por un tiempo.)',
  'lock.clean.confirm':
    'La copia de seguridad {file} está guardada. Comprueba que está en tus descargas (o en Archivos) y sigue: si el teléfono se detiene a mitad de camino, este archivo lo trae todo de vuelta.',
  'lock.clean.goOn': 'Está guardada: seguir',
  'lock.clean.stop': 'Parar aquí',
  'lock.clean.stopped': 'Detenido. No se cambió nada: el bloqueo sigue desactivado.',
  'lock.clean.failed':
    'Empezar de cero se detuvo: {message}. Tu copia de seguridad lo guarda todo: impórtala en Ajustes, Copia de seguridad, con la misma contraseña.',
  'lock.clean.blocked':
    'La aplicación también está abierta en otra pestaña o ventana. Ciérrala allí y esto seguirá solo.',
  'lock.strength.pin':
    'Un PIN es un bloqueo rápido: detiene a quien tome tu teléfono, no a quien copie sus archivos.',
  'lock.strength.more':
    'Para que proteja incluso contra quien copie los archivos del teléfono, usa cuatro o más palabras al azar.',
  'lock.strength.strong': 'Protege incluso contra quien copie los archivos del teléfono.',
  'lock.wrongNothingChanged': 'No es correcto. No se cambió nada.',
  'lock.change.title': 'Cambiar el PIN o la contraseña',
  'lock.change.current': 'Tu contraseña o PIN actual',
  'lock.change.button': 'Cambiar el PIN o la contraseña',
  'lock.changing': 'Cambiándolo…',
  'lock.changed': 'Listo. Usa el nuevo desde ahora; tus registros no se tocaron.',
  'lock.off.intro': 'Tus registros volverán a guardarse sin cifrar en este teléfono.',
  'lock.off.confirm': 'Tu contraseña o PIN, para desactivar el bloqueo',
  'delete.title': 'Borrar todos mis datos',
  'delete.intro':
    'Quita de este teléfono todos los registros, ajustes y archivos guardados de esta aplicación. No se puede deshacer: exporta antes una copia si quieres conservar tus registros.',
  'delete.button': 'Borrar todos mis datos',
  'delete.confirmTitle': '¿Borrar todo?',
  'delete.confirmBody':
    'Se borrarán todos los registros, sesiones, asistencia y ajustes de este teléfono. No se puede deshacer.',
  'delete.confirmLabel': 'Escribe BORRAR para confirmar',
  'delete.confirmWord': 'BORRAR',
  'delete.confirm': 'Borrar todo',
  'delete.cancel': 'Conservar mis datos',
  'delete.failed':
    'No se pudo borrar todo: {message}. Vuelve a intentarlo o borra los datos del sitio en la configuración de tu navegador.',
};
