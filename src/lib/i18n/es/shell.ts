import type { Message } from '../en';
import type { shell as english } from '../en/shell';

/** Spanish: the frame (lock, quick exit) and what Today needs from other areas. */
export const shell: Record<keyof typeof english, Message> = {
  'backup.due':
    'Su última copia de seguridad tiene más de {count} días. Una copia nueva mantiene seguros sus registros.',
  'backup.dueNever':
    'Todavía no ha guardado una copia de seguridad. Toma un momento y mantiene seguros sus registros.',
  'backup.dueAction': 'Hacer copia ahora',

  'lock.screen.title': 'La aplicación está bloqueada',
  'lock.screen.documentTitle': 'Bloqueada',
  'lock.screen.intro': 'Escriba su contraseña o PIN para abrir sus registros.',
  'lock.screen.field': 'Contraseña o PIN',
  'lock.screen.passkey': 'Desbloquear con el bloqueo de pantalla de este teléfono',
  'lock.screen.passkeyFailed': 'Eso no abrió la aplicación. Su contraseña o PIN sigue funcionando.',
  'lock.screen.unlock': 'Desbloquear',
  'lock.screen.unlocking': 'Desbloqueando…',
  'lock.screen.wrong': 'No es correcto. No se borró nada; vuelva a intentarlo.',
  'lock.screen.wait': {
    one: 'Demasiados intentos. Espere 1 segundo y vuelva a intentarlo. No se borró nada.',
    other: 'Demasiados intentos. Espere {count} segundos y vuelva a intentarlo. No se borró nada.',
  },
  'lock.screen.tryIn': {
    one: 'Inténtelo de nuevo en 1 segundo',
    other: 'Inténtelo de nuevo en {count} segundos',
  },
  'lock.screen.forgot': '¿La olvidó?',
  'lock.screen.forgotText':
    'Sin su PIN o su contraseña, sus registros no se pueden abrir, ni siquiera el centro puede. Si tiene un archivo de copia de seguridad: en la configuración de su navegador para este sitio, borre los datos del sitio; luego abra la aplicación e importe la copia en Ajustes. Sin copia, borrar los datos del sitio le deja empezar de nuevo con la aplicación vacía.',
  'lock.screen.help': 'Puede pedir ayuda sin desbloquear.',
  'lock.clean.interrupted':
    'Activar el bloqueo empezando de cero no terminó. Sus registros están en la copia de seguridad {file}: en Ajustes, Copia de seguridad, impórtela con la contraseña que eligió.',
  'lock.clean.interruptedOk': 'Entendido',
  'write.full': 'este teléfono no tiene espacio libre; libere un poco de espacio primero',
  'write.failed': 'No se pudo hacer: {message}. No cambió nada; vuelva a intentarlo.',
  'lock.error.changed':
    'El bloqueo se cambió en otra ventana. Desbloquee aquí y vuelva a guardar: lo que escribió sigue aquí.',
  'lock.unreadable': {
    one: 'Un registro no se pudo abrir y por eso no se muestra. Se queda en este teléfono sin cambios; todo lo demás está aquí y entra en sus copias de seguridad.',
    other:
      '{count} registros no se pudieron abrir y por eso no se muestran. Se quedan en este teléfono sin cambios; todo lo demás está aquí y entra en sus copias de seguridad.',
  },

  'exit.label': 'Salir ya',
  'exit.hint': 'Sale de la aplicación de inmediato hacia una página del clima.',

  'events.inProgress': 'En curso',
  'delete.deleting': 'Borrando…',
  'delete.waiting':
    'La aplicación también está abierta en otra pestaña o ventana. Ciérrela allí y el borrado terminará solo.',
  'delete.done': 'Sus datos se borraron de este teléfono.',
  'delete.startAgain': 'Empezar de nuevo',
};
