import type { CoreMessages } from './en';
import { checkIn } from './es/checkIn';
import { schedule } from './es/schedule';
import { shell } from './es/shell';

/** Spanish messages. TypeScript refuses a missing key; i18n.test.ts checks placeholders match. */
export const es: CoreMessages = {
  ...checkIn,
  ...schedule,
  ...shell,
  'app.skipToContent': 'Saltar al contenido principal',
  'app.offline': 'Está sin conexión. Todo lo que guarde se queda en este teléfono.',
  'app.update.available': 'Hay una nueva versión de la aplicación.',
  'app.update.reload': 'Recargar',
  'app.update.later': 'Más tarde',
  'app.dbBlocked':
    'La aplicación se actualizó en otra pestaña. Recargue para continuar; no se pierde nada de lo que guardó.',
  'app.dbBlocked.reload': 'Recargar para continuar',
  'nav.label': 'Principal',
  'nav.today': 'Hoy',
  'nav.checkIn': 'Registro',
  'nav.schedule': 'Horario',
  'nav.progress': 'Progreso',
  'nav.events': 'Eventos',
  'nav.settings': 'Ajustes',

  'help.open': 'Pedir ayuda ahora',
  'help.myPlan': 'Mi plan',
  'help.locked': 'Desbloquee la aplicación para ver aquí sus personas y su plan.',
  'help.title': 'Ayuda ahora mismo',
  'help.intro':
    'No tiene que pasar por esto a solas. Estas líneas son gratuitas y atienden las 24 horas. Las llamadas funcionan aunque la aplicación no tenga conexión.',
  'help.close': 'Cerrar',
  'help.call': 'Llamar al {number}',
  'help.text': 'Enviar mensaje al {number}',
  'help.lifeline988.name': 'Línea 988 de Prevención del Suicidio y Crisis',
  'help.lifeline988.detail':
    'Llame o envíe un mensaje de texto al 988. En Oregón responde Lines for Life.',
  'help.emergency911.name': 'Emergencias',
  'help.emergency911.detail': 'Llame al 911 si usted u otra persona están en peligro ahora mismo.',
  'help.samhsa.name': 'Línea Nacional de Ayuda de SAMHSA',
  'help.samhsa.detail':
    'Gratuita, confidencial, las 24 horas: información y derivación a tratamiento.',
  'help.oregonHelpline.name': 'Línea de ayuda de Oregón sobre alcohol y drogas',
  'help.oregonHelpline.detail': 'Lines for Life: apoyo para usted o para un ser querido.',
  'help.center.name': 'Llamar a {program}',
  'help.center.detail': 'Su equipo de tratamiento en {city}.',
  'help.danger': 'Si está en peligro',
  'help.info': 'Líneas de información y apoyo',
  'help.spanish':
    'En español: llame al {number} y marque el {press}, o envíe {word} por mensaje de texto al {number}.',

  'today.title': 'Hoy',
  'today.greeting.morning': 'Buenos días',
  'today.greeting.afternoon': 'Buenas tardes',
  'today.greeting.evening': 'Buenas noches',
  'today.date': 'Hoy es {date}.',
  'today.struggling': 'Estoy pasando un mal momento',
  'today.reminders': { one: '1 recordatorio', other: '{count} recordatorios' },
  'today.checkIn.title': 'Registro',
  'today.checkIn.empty': 'Todavía no ha hecho su registro de hoy. Solo toma unos segundos.',
  'today.checkIn.done': {
    one: 'Hizo un registro hoy.',
    other: 'Hizo {count} registros hoy.',
  },
  'today.program.title': 'Días en tratamiento',
  'today.program.empty':
    'Agregue la fecha de inicio de su programa en Ajustes para ver cómo se suman sus días en tratamiento.',
  'today.program.action': 'Configurar mi programa',
  'today.program.day': 'Día {day} de {planned}',
  'today.program.startsIn': {
    one: 'Su programa empieza mañana.',
    other: 'Su programa empieza en {count} días.',
  },
  'today.session.title': 'Próxima sesión',
  'today.session.empty':
    'Aún no hay sesiones. Agregue el horario de su programa para tener siempre a mano su próxima sesión, incluso sin conexión.',
  'today.session.action': 'Agregar mi horario',
  'today.meetings.title': 'Mis reuniones',
  'today.meetings.empty':
    'Guarde las reuniones que le gusten desde Eventos y aparecerán aquí para encontrarlas rápido.',
  'today.meetings.action': 'Buscar una reunión',
  'error.title': 'Algo salió mal',
  'error.notFound': 'Esta página no existe.',
  'error.home': 'Ir a Hoy',

  'lang.en': 'English',
  'lang.es': 'Español',
};
