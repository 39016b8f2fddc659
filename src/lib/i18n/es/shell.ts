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
  'lock.screen.wait':
    'Demasiados intentos. Espera {seconds} segundos y vuelve a intentarlo. No se borró nada.',
  'lock.screen.forgot': '¿La olvidaste?',
  'lock.screen.forgotText':
    'Tus registros están cifrados con tu contraseña y no se pueden leer sin ella, ni siquiera por el centro. Si tienes un archivo de copia, puedes borrar los datos de la aplicación en Ajustes (cuando entres) o en la configuración del sitio de tu navegador, y luego importar la copia.',
  'lock.screen.help': 'Puedes pedir ayuda sin desbloquear.',
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
