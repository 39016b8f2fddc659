import type { Message } from '../en';
import type { center as english } from '../en/center';

/** Spanish: el programa del centro y los recordatorios del calendario del teléfono. */
export const center: Record<keyof typeof english, Message> = {
  'center.setup.title': 'Los grupos de tu centro',
  'center.setup.intro':
    '{program} publica su horario. Elige tu grupo y sus sesiones aparecen en tu horario. Tus propias sesiones siguen siendo tuyas.',
  'center.tracks.legend': '¿En qué grupo estás?',
  'center.track.detail': '{days}, {times}: {hours} h por semana',
  'center.track.everything': 'Todo el horario de {program}',
  'center.setup.add': 'Agregar a mi horario',
  'center.setup.save': 'Guardar mis grupos',
  'center.setup.skip': 'Ahora no',
  'center.setup.skipped': 'No se agregó ningún grupo. Puedes elegir uno cuando quieras en Ajustes.',
  'center.setup.added': {
    one: 'Se agregó 1 sesión a tu horario.',
    other: 'Se agregaron {count} sesiones a tu horario.',
  },
  'center.setup.saved': 'Tus grupos están guardados.',
  'center.setup.pickOne': 'Elige un grupo, o elige Ahora no.',
  'center.left.title': 'Sesiones de grupos que dejaste',
  'center.left.body':
    'Vienen de grupos que ya no elegiste. ¿Quitarlas de tu horario? La asistencia que registraste se queda.',
  'center.left.remove': 'Quitar estas sesiones',
  'center.left.removed': 'Quitadas. Tu asistencia registrada se queda.',
  'center.changed.title': 'Tu centro cambió el horario',
  'center.changed.intro':
    'Esto cambió en tus grupos. La asistencia que ya registraste se queda como está.',
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
  'center.applied': 'Tu horario ya tiene los cambios del centro.',
  'center.kept': 'Tu horario se queda como estaba.',
  'center.failed': 'No se pudo guardar: {message}. No se cambió nada; inténtalo de nuevo.',
  'center.settings.none': '{program} todavía no publicó su horario en la app.',
  'center.export.title': 'Recordatorios del calendario de tu teléfono',
  'center.export.intro':
    'Esta app no puede despertar tu teléfono cuando está cerrada. El calendario de tu teléfono sí: agrega tus sesiones y el calendario te lo recordará.',
  'center.export.alarm': 'Recordarme antes de cada sesión',
  'center.export.alarm.off': 'Sin recordatorio',
  'center.export.alarm.minutes': '{count} minutos antes',
  'center.export.checkIn': 'Recordarme también registrarme cada día a las {time}',
  'center.export.noCheckInTime':
    'Elige una hora de recordatorio en Ajustes para agregar también uno diario.',
  'center.export.button': 'Agregar al calendario de mi teléfono',
  'center.export.done':
    'Se guardó {file}. Ábrelo para agregar tus sesiones a tu calendario. Si lo agregas de nuevo, se actualizan; no se duplican.',
  'center.export.alarmText': '{title} empieza en {count} minutos',
  'center.export.checkInTitle': 'Regístrate en {app}',
  'center.export.checkInText': '¿Cómo estás hoy? Registrarte toma unos segundos.',
};
