import type { Message } from '../en';
import type { welcome as english } from '../en/welcome';

/** Spanish (usted): la bienvenida al abrir la aplicación por primera vez. */
export const welcome: Record<keyof typeof english, Message> = {
  'welcome.title': 'Bienvenida',
  'welcome.intro':
    'Unas preguntas para preparar la aplicación para usted. Todas son opcionales, y puede cambiar cada respuesta más tarde en Ajustes.',
  'welcome.step': 'Paso {step} de {count}',
  'welcome.skip': 'Omitir por ahora',
  'welcome.next': 'Siguiente',
  'welcome.back': 'Atrás',
  'welcome.finish': 'Ir a Hoy',
  'welcome.saving': 'Guardando…',
  'welcome.failed':
    'No se pudo guardar: {message}. Lo que escribió sigue aquí; inténtelo de nuevo.',
  'welcome.language.title': 'Su idioma',
  'welcome.language.intro': 'La aplicación está en inglés y en español.',
  'welcome.lock.title': 'Bloquee la aplicación con un PIN o una contraseña',
  'welcome.lock.intro':
    'Si otras personas pueden usar este teléfono, el bloqueo mantiene privado lo que usted escribe. Es opcional: puede activarlo más tarde en Ajustes, en Privacidad y bloqueo.',
  'welcome.lock.show': 'Elegir un PIN o una contraseña',
  'welcome.lock.on': 'El bloqueo está activado.',
  'welcome.program.title': 'Su programa',
  'welcome.program.intro':
    'El día en que usted comenzó (o comenzará) su programa. La aplicación cuenta sus días en tratamiento desde ese día.',
  'welcome.program.startDate': 'Fecha de inicio del programa (opcional)',
  'welcome.program.future': 'Sus días en tratamiento y sus sesiones contarán desde el {date}.',
  'welcome.program.saved': 'Fecha de inicio guardada.',
  'welcome.program.today': 'Empiezo hoy',
  'welcome.error.notADate': 'Escriba una fecha, o deje el campo vacío.',
  'welcome.error.tooFarAhead': 'Esa fecha es dentro de más de un año. Revise el año, por favor.',
  'welcome.error.tooLongAgo': 'Esa fecha es de hace más de tres años. Revise el año, por favor.',
  'welcome.group.title': 'Su grupo',
  'welcome.group.intro':
    'Las sesiones cuentan desde hoy, o desde su fecha de inicio si es posterior: nada de antes de que usted llegara cuenta como falta.',
  'welcome.person.title': 'Una persona a quien llamar',
  'welcome.person.intro':
    'Alguien de confianza a quien pueda llamar cuando las cosas se pongan difíciles. Queda en Mi plan, y Pedir ayuda ahora la muestra.',
  'welcome.person.name': 'Nombre',
  'welcome.person.relationship': 'Quién es para usted (opcional)',
  'welcome.person.phone': 'Número de teléfono',
  'welcome.person.saved': '{name} está en Mi plan.',
  'welcome.error.name': 'Escriba su nombre, o deje los dos campos vacíos.',
  'welcome.error.nameTooLong': 'Use 80 caracteres o menos.',
  'welcome.error.phone': 'Escriba un número al que se pueda llamar, como 503-555-0100.',
  'welcome.error.phoneTooLong': 'Use 30 caracteres o menos.',
  'welcome.checkIn.title': 'Su primer registro',
  'welcome.checkIn.intro':
    'Un registro toma un minuto: cómo se siente, si tiene ganas de consumir, qué le ayudó. Es solo suyo y se guarda en este teléfono.',
  'welcome.checkIn.now': 'Registrarme ahora',
};
