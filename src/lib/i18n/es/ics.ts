import type { Message } from '../en';
import type { ics as english } from '../en/ics';

/** Spanish: importar un archivo de calendario (.ics): solo la pantalla de importar los muestra. */
export const ics: Record<keyof typeof english, Message> = {
  'ics.title': 'Importar un calendario',
  'ics.intro':
    'Elija un archivo .ics, como uno que compartió su centro o que exportó de una aplicación de calendario. Verá lo que contiene antes de agregar nada.',
  'ics.file': 'Archivo de calendario (.ics)',
  'ics.reading': 'Leyendo el archivo…',
  'ics.preview': 'Este archivo contiene:',
  'ics.preview.new': { one: '1 sesión nueva', other: '{count} sesiones nuevas' },
  'ics.preview.updated': {
    one: '1 sesión que ya tiene (se actualizará)',
    other: '{count} sesiones que ya tiene (se actualizarán)',
  },
  'ics.preview.changes': {
    one: '1 fecha movida o cancelada',
    other: '{count} fechas movidas o canceladas',
  },
  'ics.preview.skipped': {
    one: '1 evento que no es una sesión (de todo el día, cancelado o demasiado largo), no se incluye',
    other:
      '{count} eventos que no son sesiones (de todo el día, cancelados o demasiado largos), no se incluyen',
  },
  'ics.confirm': 'Agregar a mi horario',
  'ics.cancel': 'Elegir otro archivo',
  'ics.done': { one: 'Se importó 1 sesión.', other: 'Se importaron {count} sesiones.' },
  'ics.error.empty': 'Este archivo está vacío. No se importó nada.',
  'ics.error.tooBig': 'Este archivo pesa más de 5 MB. No se importó nada.',
  'ics.error.encoding':
    'Este archivo no está en una codificación de texto que la aplicación pueda leer (debería ser UTF-8). No se importó nada.',
  'ics.error.notCalendar': 'Este no es un archivo de calendario (.ics). No se importó nada.',
  'ics.error.truncated':
    'Este archivo de calendario está incompleto (termina antes de tiempo). No se importó nada. Intente exportarlo de nuevo.',
  'ics.error.noEvents': 'Este calendario no tiene eventos. No se importó nada.',
  'ics.error.tooMany':
    'Este calendario tiene más de 2,000 eventos, más de lo que tiene el horario de un programa. No se importó nada.',
  'ics.error.invalid': 'No se pudo leer este archivo de calendario. No se importó nada.',
  'ics.error.saveFailed': 'No se importó: {message}. No se cambió nada.',
};
