import type { Message } from '../en';
import type { center as english } from '../en/center';

/** Spanish: el programa del centro y los recordatorios del calendario del teléfono. */
export const center: Record<keyof typeof english, Message> = {
  'center.setup.title': 'Los grupos de su centro',
  'center.setup.intro':
    '{program} publica su horario. Elija su grupo y las sesiones del grupo aparecerán en su horario. Las sesiones que usted agregó se quedan como están.',
  'center.tracks.legend': '¿En qué grupo está?',
  'center.track.detail': '{slots}: {hours} h por semana',
  'center.track.everything': 'Todo el horario de {program}',
  'center.setup.add': 'Agregar a mi horario',
  'center.setup.save': 'Guardar mis grupos',
  'center.setup.skip': 'Ahora no',
  'center.setup.skipped': 'No se agregó ningún grupo. Puede elegir uno cuando quiera en Ajustes.',
  'center.setup.added': {
    one: 'Se agregó 1 sesión a su horario.',
    other: 'Se agregaron {count} sesiones a su horario.',
  },
  'center.setup.saved': 'Sus grupos están guardados.',
  'center.setup.pickOne': 'Elija un grupo, o elija Ahora no.',
  'center.left.title': 'Sesiones de grupos que dejó',
  'center.left.body':
    'Vienen de grupos que ya no eligió. ¿Quitarlas de su horario? La asistencia que registró se queda.',
  'center.left.remove': 'Quitar estas sesiones',
  'center.left.removed': 'Quitadas. Su asistencia registrada se queda.',
  'center.changed.title': 'Su centro cambió el horario',
  'center.changed.intro':
    'Esto cambió en sus grupos. La asistencia que ya registró se queda como está.',
  'center.change.added': 'Nueva: {title}, {when}.',
  'center.change.moved': 'Cambió de hora: {title}, de {before} a {after}.',
  'center.change.changed': 'Actualizada: {title} (lugar, título o notas).',
  'center.change.cancelled': 'Ya no está en el horario: {title}, {when}.',
  'center.change.occurrenceCancelled': 'Cancelada: {title} el {date}.',
  'center.change.occurrenceMoved': 'Cambió: {title} el {date}, ahora {when}.',
  'center.change.goneTrack':
    'El grupo “{name}” ya no está en el horario del centro: sus sesiones aparecen arriba.',
  'center.apply': 'Aplicar los cambios',
  'center.keep': 'Conservar mi copia',
  'center.applied': 'Su horario ya tiene los cambios del centro.',
  'center.kept': 'Su horario se queda como estaba.',
  'center.failed': 'No se pudo guardar: {message}. No se cambió nada; inténtelo de nuevo.',
  'center.settings.none': '{program} todavía no publicó su horario en la aplicación.',
  'center.export.title': 'Recordatorios del calendario de su teléfono',
  'center.export.intro':
    'Esta aplicación no puede despertar su teléfono cuando está cerrada. El calendario de su teléfono sí: agregue sus sesiones y el calendario se las recordará.',
  'center.export.alarm': 'Recordarme antes de cada sesión',
  'center.export.alarm.off': 'Sin recordatorio',
  'center.export.alarm.minutes': '{count} minutos antes',
  'center.export.checkIn': 'Recordarme también que me registre cada día a las {time}',
  'center.export.noCheckInTime':
    'Elija una hora de recordatorio en Ajustes para agregar también uno diario.',
  'center.export.button': 'Agregar al calendario de mi teléfono',
  'center.export.done':
    'Se guardó {file}. Ábralo para agregar sus sesiones a su calendario. Si lo agrega de nuevo, se actualizan; no se duplican.',
  'center.export.alarmText': '{title} empieza en {count} minutos',
  'center.export.checkInTitle': 'Registrarse en {app}',
  'center.export.checkInText': '¿Cómo está hoy? Registrarse toma unos segundos.',
  // Schedule's, kept in this area (which Schedule loads) rather than the core every screen loads.
  'schedule.beforeStart': 'Antes de la fecha de inicio de su programa. Sus horas siguen contando.',
};
