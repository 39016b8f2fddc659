import type { Message } from '../en';
import type { data as english } from '../en/data';

/** Spanish: backup and restore, storage, app lock, quick exit and deleting data. */
export const data: Record<keyof typeof english, Message> = {
  'settings.title': 'Ajustes',
  'settings.language.title': 'Idioma',
  'settings.language.label': 'Idioma de la aplicación',
  'settings.language.saved': 'El idioma cambió a español.',
  'settings.storage.title': 'Sus datos',
  'settings.storage.intro':
    'Todo lo que escribe se queda en este teléfono. No se envía a ningún lado a menos que usted lo envíe.',
  'settings.storage.persisted': 'Protegidos: este navegador conservará sus datos.',
  'settings.storage.notPersisted':
    'Aún no están protegidos: el navegador podría borrar sus datos si el teléfono se queda sin espacio. La aplicación pide protección la primera vez que usted guarda algo.',
  'settings.storage.unknown': 'Este navegador no indica si conservará sus datos.',
  'settings.storage.protect': 'Proteger mis datos',
  'settings.about.title': 'Acerca de',
  'settings.about.program': 'Hecha para las personas que participan en {program}, {city}, {state}.',
  'settings.about.version': 'Versión {version}',
  'settings.sectionFailed':
    'Esta parte de Ajustes no se pudo cargar. Vuelva a cargar la página para intentarlo; no se cambió nada.',
  'backup.title': 'Copia de seguridad',
  'backup.intro':
    'Todo está en este teléfono. Guarde de vez en cuando una copia en un lugar seguro (su propio correo o su nube), para que perder el teléfono no signifique perder sus registros.',
  'backup.export': 'Exportar copia',
  'backup.passphrase': 'Contraseña (opcional, recomendada)',
  'backup.passphrase.hint':
    'Con contraseña, el archivo queda cifrado (AES-256). Sin ella, cualquiera que abra el archivo puede leerlo. Una contraseña olvidada no se puede recuperar.',
  'backup.passphraseConfirm': 'Repita la contraseña',
  'backup.includeEvents':
    'Incluir la lista de reuniones (archivo más grande; de todos modos se vuelve a cargar sola)',
  'backup.exporting': 'Preparando la copia…',
  'backup.exported': 'Copia guardada: {file}.',
  'backup.exportFailed': 'No se pudo hacer la copia: {message}.',
  'backup.error.mismatch': 'Las dos contraseñas no son iguales.',
  'backup.error.short': 'Use al menos 8 caracteres, o déjela vacía para no cifrar.',
  'backup.error.weakPassphrase':
    'Esta contraseña es demasiado fácil de adivinar para un archivo de copia. Use 10 caracteres o más que mezclen letras con números o símbolos, o cuatro palabras o más.',
  'backup.strength': 'Seguridad: {level}.',
  'backup.strength.pin':
    'Solo números es fácil de adivinar desde un archivo: agregue letras, o use cuatro palabras.',
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
    'Está cifrada: escriba su contraseña para ver lo que contiene e importarla.',
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
    'Todos los registros de este teléfono se reemplazarán por la copia. Descargue primero una copia de lo que hay ahora, para no perder nada.',
  'backup.replaceSafety': 'Descargar primero una copia de este teléfono',
  'backup.replaceConfirm': 'Reemplazar',
  'backup.cancel': 'Cancelar',
  'backup.imported': 'Copia importada. No se perdió nada.',
  'backup.importFailed': 'No se importó: {message}. No se cambió nada en este teléfono.',
  'backup.table.checkIns': 'Registros',
  'backup.table.tags': 'Detonantes y lo que le ayuda',
  'backup.table.sessions': 'Sesiones',
  'backup.table.occurrenceChanges': 'Sesiones movidas o canceladas',
  'backup.table.attendance': 'Asistencia',
  'backup.table.slips': 'Deslices',
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
    'Esta copia viene de una versión más nueva de la aplicación. Actualice la aplicación y luego impórtela. No se cambió nada.',
  'backup.error.checksum':
    'Esta copia se modificó o se dañó después de hacerse (su suma de verificación no coincide). No se cambió nada.',
  'backup.error.needsPassphrase': 'Esta copia está cifrada. Escriba su contraseña.',
  'backup.error.passphrase':
    'La contraseña no es correcta, o el archivo se modificó. No se cambió nada; vuelva a intentarlo.',
  'backup.error.values':
    'Esta copia tiene valores que la aplicación no acepta (por ejemplo, un ánimo fuera de 1-5). No se cambió nada.',

  'storage.keep.title': 'Conserve sus registros en este teléfono',
  'storage.keep.titleComputer': 'Conserve sus registros en esta computadora',
  'storage.keep.short':
    'Su navegador puede borrar los registros de esta aplicación si pasa 7 días sin abrirla.',
  'storage.keep.how': 'Cómo conservarlos',
  'storage.keep.body':
    'Si agrega la aplicación a su pantalla de inicio, Safari conserva sus registros. La aplicación de la pantalla de inicio empieza vacía, así que lleve sus registros con una copia de seguridad:',
  'storage.keep.stepBackup': 'Primero, guarde una copia (Ajustes, Copia de seguridad).',
  'storage.keep.step1':
    'Toque Compartir (el cuadrado con una flecha; en algunos navegadores, toque ••• primero).',
  'storage.keep.step2': 'Elija Agregar a inicio y toque Agregar.',
  'storage.keep.step3': 'Abra la aplicación desde su nuevo ícono.',
  'storage.keep.stepImport':
    'Allí, importe su copia en Ajustes, Copia de seguridad. Ahí estarán sus registros.',
  'storage.keep.fresh': 'Todavía no tiene registros, así que este es el mejor momento.',
  'storage.keep.mac':
    'En Safari en una Mac, elija Archivo y luego Agregar al Dock, y abra la aplicación desde el Dock. La aplicación del Dock empieza vacía: lleve sus registros con una copia de seguridad (Ajustes, Copia de seguridad).',
  'storage.keep.other':
    'Guarde una copia de seguridad a menudo (Ajustes, Copia de seguridad) y abra la aplicación al menos una vez por semana.',
  'storage.keep.reminder':
    'Mientras tanto, la aplicación le recordará hacer una copia cada {days} días.',
  'storage.keep.backupNow': 'Hacer una copia ahora',
  'storage.keep.ok': 'Entendido',

  'lock.title': 'Bloqueo de la aplicación',
  'lock.intro':
    'Impide que quien tome su teléfono lea sus registros: se cifran en este teléfono, y la aplicación se bloquea sola después de {minutes} minutos sin uso y cuando usted sale de ella. Un PIN de 6 o más dígitos es un bloqueo rápido. Cuatro o más palabras al azar protegen también contra quien copie los archivos del teléfono.',
  'lock.on': 'El bloqueo está activado.',
  'lock.off': 'El bloqueo está desactivado.',
  'lock.new': 'Nueva contraseña o PIN',
  'lock.confirm': 'Repita la contraseña o el PIN',
  'lock.turnOn': 'Activar el bloqueo',
  'lock.turnOff': 'Desactivar el bloqueo',
  'lock.turningOn': 'Cifrando sus registros…',
  'lock.turningOff': 'Descifrando sus registros…',
  'lock.turnedOn': 'El bloqueo está activado. Sus registros están cifrados.',
  'lock.turnedOff': 'El bloqueo está desactivado.',
  'lock.lockNow': 'Bloquear ahora',
  'lock.passkey.title': 'Desbloquear con el bloqueo de pantalla de este teléfono',
  'lock.passkey.intro':
    'Face ID, una huella o el PIN de su teléfono abren la aplicación, y su PIN o contraseña de la aplicación sigue funcionando. Un secreto guardado en el chip de seguridad de su teléfono abre sus registros; no se envía nada a ningún lugar.',
  'lock.passkey.confirm': 'Su contraseña o PIN (para confirmar que es usted)',
  'lock.passkey.turnOn': 'Activar el desbloqueo con el bloqueo de pantalla de este teléfono',
  'lock.passkey.turnOff': 'Desactivar el desbloqueo con el bloqueo de pantalla de este teléfono',
  'lock.passkey.on': 'Activado: el bloqueo de pantalla de este teléfono abre la aplicación.',
  'lock.passkey.turnedOn':
    'Listo. La próxima vez, el bloqueo de pantalla de su teléfono abre la aplicación.',
  'lock.passkey.turnedOff': 'Desactivado. Su contraseña o PIN abre la aplicación.',
  'lock.passkey.wrong': 'Esa contraseña o PIN no es correcto. No se cambió nada.',
  'lock.passkey.unsupported':
    'El bloqueo de pantalla de este teléfono no puede abrir la aplicación aquí. No se cambió nada; su contraseña o PIN sigue funcionando.',
  'lock.error.short': 'Use al menos 6 dígitos, o una contraseña de al menos 8 caracteres.',
  'lock.error.mismatch': 'Las dos entradas no son iguales.',
  'lock.error.failed': 'No funcionó: {message}. No se cambió nada.',
  'lock.existing.title': 'Sus registros ya están en este teléfono',
  'lock.existing.text':
    'Al activar el bloqueo se cifran. El navegador puede guardar copias viejas sin cifrar en sus propios archivos por un tiempo.',
  'lock.existing.cleanText':
    'Empezar de cero no deja esas copias: primero guarda una copia de seguridad cifrada (su contraseña la abre), borra el almacenamiento de la aplicación, activa el bloqueo y vuelve a poner sus registros, cifrados.',
  'lock.existing.pinText':
    'Empezar de cero necesita una contraseña, así que no se ofrece con un PIN. Para la mayor protección, use cuatro o más palabras al azar.',
  'lock.existing.clean': 'Empezar de cero (recomendado)',
  'lock.existing.quick': 'Solo activar el bloqueo',
  'lock.existing.cancel': 'Ahora no',
  'lock.clean.backup': 'Guardando una copia de seguridad cifrada…',
  'lock.clean.delete': 'Borrando la copia sin cifrar…',
  'lock.clean.lock': 'Activando el bloqueo…',
  'lock.clean.restore': 'Volviendo a poner sus registros, cifrados…',
  'lock.clean.done':
    'Listo. Sus registros están bloqueados y no queda ninguna copia sin cifrar. Conserve el archivo {file} hasta que compruebe que todo está aquí.',
  'lock.clean.doneKeepsFiles':
    'Listo. Sus registros están bloqueados. Conserve el archivo {file} hasta que compruebe que todo está aquí. (Esta dirección web no puede pedir al navegador que borre sus propios archivos, así que pueden quedar copias viejas allí por un tiempo.)',
  'lock.clean.confirm':
    'La copia de seguridad {file} está guardada. Compruebe que está en sus descargas (o en Archivos) y siga: si el teléfono se detiene a mitad de camino, este archivo lo trae todo de vuelta.',
  'lock.clean.goOn': 'Está guardada: seguir',
  'lock.clean.stop': 'Parar aquí',
  'lock.clean.stopped': 'Detenido. No se cambió nada: el bloqueo sigue desactivado.',
  'lock.clean.failed':
    'Empezar de cero se detuvo: {message}. Su copia de seguridad lo guarda todo: impórtela en Ajustes, Copia de seguridad, con la misma contraseña.',
  'lock.clean.blocked':
    'La aplicación también está abierta en otra pestaña o ventana. Ciérrela allí y esto seguirá solo.',
  'lock.strength.pin':
    'Un PIN es un bloqueo rápido: detiene a quien tome su teléfono, no a quien copie sus archivos.',
  'lock.strength.more':
    'Para que proteja incluso contra quien copie los archivos del teléfono, use cuatro o más palabras al azar.',
  'lock.strength.strong': 'Protege incluso contra quien copie los archivos del teléfono.',
  'lock.wrongNothingChanged': 'No es correcto. No se cambió nada.',
  'lock.change.title': 'Cambiar el PIN o la contraseña',
  'lock.change.current': 'Su contraseña o PIN actual',
  'lock.change.button': 'Cambiar el PIN o la contraseña',
  'lock.changing': 'Cambiándolo…',
  'lock.changed': 'Listo. Use el nuevo desde ahora; sus registros no se tocaron.',
  'lock.off.intro': 'Sus registros volverán a guardarse sin cifrar en este teléfono.',
  'lock.off.confirm': 'Su contraseña o PIN, para desactivar el bloqueo',
  'delete.title': 'Borrar todos mis datos',
  'delete.intro':
    'Quita de este teléfono todos los registros, ajustes y archivos guardados de esta aplicación. No se puede deshacer: exporte antes una copia si quiere conservar sus registros.',
  'delete.button': 'Borrar todos mis datos',
  'delete.confirmTitle': '¿Borrar todo?',
  'delete.confirmBody':
    'Se borrarán todos los registros, sesiones, asistencia y ajustes de este teléfono. No se puede deshacer.',
  'delete.confirmLabel': 'Escriba BORRAR para confirmar',
  'delete.confirmWord': 'BORRAR',
  'delete.confirm': 'Borrar todo',
  'delete.cancel': 'Conservar mis datos',
  'delete.failed':
    'No se pudo borrar todo: {message}. Vuelva a intentarlo o borre los datos del sitio en la configuración de su navegador.',
  // Settings’ sections and the welcome offered again (#28).
  'settings.nav.label': 'Secciones de Ajustes',
  'settings.section.you': 'Sobre usted',
  'settings.section.program': 'Su programa',
  'settings.section.reminders': 'Recordatorios',
  'settings.section.privacy': 'Privacidad y bloqueo',
  'settings.section.data': 'Sus datos',
  'settings.program.details': 'Fechas y horas',
  'settings.storage.keep': 'Guardado en este teléfono',
  'settings.welcome.title': 'La bienvenida',
  'settings.welcome.intro':
    'Otra vez las preguntas del primer día: idioma, bloqueo, programa, grupo y una persona a quien llamar.',
  'settings.welcome.again': 'Mostrar la bienvenida otra vez',
  // The program's set-up, in Settings alone (out of the messages every screen loads first).
  'program.title': 'Su programa',
  'program.intro':
    'Configúrelo una vez. Los días en tratamiento cuentan desde la fecha de inicio, y las horas semanales se comparan con la meta.',
  'program.startDate': 'Fecha de inicio del programa',
  'program.level': 'Nivel de atención',
  'program.level.iop': 'Ambulatorio intensivo (IOP)',
  'program.level.php': 'Hospitalización parcial (PHP)',
  'program.level.outpatient': 'Ambulatorio',
  'program.level.stepDown': 'Transición a menor intensidad',
  'program.hours': 'Meta de horas por semana',
  'program.hours.hint':
    'La mayoría de los programas IOP planean de 9 a 20 horas por semana; su plan puede ser distinto.',
  'program.hours.warn':
    'Los programas suelen planear de 6 a 30 horas por semana. Confírmelo con su consejero; se guarda tal como lo escribió.',
  'program.plannedDays': 'Duración planeada (días)',
  'program.timezone': 'Zona horaria',
  'program.save': 'Guardar programa',
  'program.saved': 'Programa guardado.',
  'program.error.startDate': 'Escriba una fecha real.',
  'program.error.tooFarAhead': 'Esa fecha es dentro de más de un año. Revise el año, por favor.',
  'program.error.tooLongAgo': 'Esa fecha es de hace más de tres años. Revise el año, por favor.',
  'program.error.hours': 'Escriba de 1 a 60 horas.',
  'program.error.days': 'Escriba un número de días de 1 a 3,650.',
  'program.error.timezone': 'Elija una zona horaria.',
};
