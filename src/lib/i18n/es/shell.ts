import type { Message } from '../en';
import type { shell as english } from '../en/shell';

/** Spanish: the frame (lock, quick exit) and what Today needs from other areas. */
export const shell: Record<keyof typeof english, Message> = {
  'backup.due':
    'Tu última copia tiene más de {count} días. Una copia nueva mantiene seguros tus registros.',
  'backup.dueNever':
    'Todavía no has guardado una copia. Toma un momento y mantiene seguros tus registros.',
  'backup.dueAction': 'Hacer copia ahora',

  'lock.screen.title': 'La aplicación está bloqueada',
  'lock.screen.documentTitle': 'Bloqueada',
  'lock.screen.intro': 'Escribe tu contraseña o PIN para abrir tus registros.',
  'lock.screen.field': 'Contraseña o PIN',
  'lock.screen.passkey': 'Desbloquear con el bloqueo de pantalla de este teléfono',
  'lock.screen.passkeyFailed': 'Eso no abrió la app. Tu frase o PIN sigue funcionando.',
  'lock.screen.unlock': 'Desbloquear',
  'lock.screen.unlocking': 'Desbloqueando…',
  'lock.screen.wrong': 'No es correcto. No se borró nada; vuelve a intentarlo.',
  'lock.screen.wait': {
    one: 'Demasiados intentos. Espera 1 segundo y vuelve a intentarlo. No se borró nada.',
    other: 'Demasiados intentos. Espera {count} segundos y vuelve a intentarlo. No se borró nada.',
  },
  'lock.screen.tryIn': {
    one: 'Inténtalo de nuevo en 1 segundo',
    other: 'Inténtalo de nuevo en {count} segundos',
  },
  'lock.screen.forgot': '¿La olvidaste?',
  'lock.screen.forgotText':
    'Sin tu PIN o tu contraseña, tus registros no se pueden abrir, ni siquiera por el centro. Si tienes un archivo de copia: en la configuración de tu navegador para este sitio, borra sus datos; luego abre la aplicación e importa la copia en Ajustes. Sin copia, borrar los datos del sitio te deja empezar de nuevo con la aplicación vacía.',
  'lock.screen.help': 'Puedes pedir ayuda sin desbloquear.',
  'lock.clean.interrupted':
    'Activar el bloqueo empezando de cero no terminó. Tus registros están en la copia de seguridad {file}: en Ajustes, Copia de seguridad, impórtala con la contraseña que elegiste.',
  'lock.clean.interruptedOk': 'Entendido',
  'lock.error.changed':
    'El bloqueo se cambió en otra ventana. Desbloquea aquí y vuelve a guardar: lo que escribiste sigue aquí.',
  'lock.unreadable': {
    one: 'Un registro no se pudo abrir y por eso no se muestra. Se queda en este teléfono sin cambios; todo lo demás está aquí y entra en tus copias.',
    other:
      '{count} registros no se pudieron abrir y por eso no se muestran. Se quedan en este teléfono sin cambios; todo lo demás está aquí y entra en tus copias.',
  },

  'exit.label': 'Salir ya',
  'exit.hint': 'Sale de la aplicación de inmediato hacia una página del clima.',

  'events.inProgress': 'En curso',
  'delete.deleting': 'Borrando…',
  'delete.waiting':
    'La aplicación también está abierta en otra pestaña o ventana. Ciérrala allí y el borrado terminará solo.',
  'delete.done': 'Tus datos se borraron de este teléfono.',
  'delete.startAgain': 'Empezar de nuevo',
};
