import type { Message } from '../en';
import type { session as english } from '../en/session';

/** Spanish: el formulario de sesión (añadir o editar): solo su pantalla los muestra. */
export const session: Record<keyof typeof english, Message> = {
  'session.addTitle': 'Agregar sesión',
  'session.editTitle': 'Editar sesión',
  'session.title': 'Título',
  'session.kind': 'Tipo',
  'session.repeat': 'Con qué frecuencia',
  'session.repeat.weekly': 'Cada semana',
  'session.repeat.once': 'Una sola vez',
  'session.weekdays': 'Días',
  'session.startDate': 'Empieza el',
  'session.date': 'Fecha',
  'session.untilDate': 'Termina el (opcional)',
  'session.startTime': 'Hora de inicio',
  'session.endTime': 'Hora de fin',
  'session.endsNextDay': 'Termina después de medianoche (al día siguiente)',
  'session.place': 'Lugar',
  'session.address': 'Dirección',
  'session.joinUrl': 'Enlace en línea',
  'session.phone': 'Teléfono',
  'session.notes': 'Notas',
  'session.timezone': 'Zona horaria',
  'session.save': 'Guardar sesión',
  'session.saved': 'Sesión guardada.',
  'session.delete': 'Borrar sesión',
  'session.deleteTitle': '¿Borrar esta sesión?',
  'session.deleteBody':
    'Las próximas fechas de {title} saldrán de su horario. La asistencia que ya registró se queda, con sus horas.',
  'session.deleteConfirm': 'Borrar',
  'session.cancel': 'Cancelar',
  'session.notFound': 'No se encontró esa sesión. Es posible que se haya borrado.',
  'session.overlapWarning':
    'Se cruza con {title}. Está permitido; las dos siguen en su horario.',
  'session.error.title': 'Póngale un título a la sesión.',
  'session.error.titleLong': 'Use 100 caracteres o menos.',
  'session.error.kind': 'Elija qué tipo de sesión es.',
  'session.error.weekdays': 'Elija al menos un día.',
  'session.error.date': 'Escriba una fecha real.',
  'session.error.untilBeforeStart': 'La fecha de fin es anterior a la de inicio.',
  'session.error.time': 'Escriba una hora, por ejemplo 9:00.',
  'session.error.zeroLength': 'La sesión tiene que durar más de cero minutos.',
  'session.error.endBeforeStart':
    'El fin es antes del inicio. Si termina después de medianoche, marque “Termina después de medianoche”.',
  'session.error.tooLong': 'Una sesión puede durar 16 horas como máximo.',
  'session.error.link': 'Escriba un enlace web que empiece con https://.',
  'session.error.timezone': 'Elija una zona horaria.',
  'session.error.notesLong': 'Las notas pueden tener 2,000 caracteres como máximo.',
  'session.error.saveFailed':
    'No se guardó: {message}. Sus cambios siguen aquí; vuelva a intentarlo.',
};
