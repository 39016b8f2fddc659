import type { Message } from '../en';
import type { measures as english } from '../en/measures';

/** Spanish: los cuestionarios (PHQ-9, GAD-7), su ayuda de seguridad, tendencias y el aviso de Hoy. */
export const measures: Record<keyof typeof english, Message> = {
  'measures.title': 'Cuestionarios',
  'measures.intro':
    'Cuestionarios cortos que usan muchos consejeros. Sus respuestas se quedan en este teléfono. Un puntaje es algo para hablar con su consejero, nunca un diagnóstico.',
  'measures.phq9.about': 'El ánimo en las últimas 2 semanas',
  'measures.gad7.about': 'La preocupación y la ansiedad en las últimas 2 semanas',
  'measures.start': 'Empezar {name}',
  'measures.notTaken': 'Todavía no lo ha respondido.',
  'measures.last': 'La última vez, {date}: {result}.',
  'measures.dueNow': 'Sugerido ahora, cuando tenga un momento tranquilo.',
  'measures.nextOn': 'Se sugiere de nuevo alrededor del {date}.',
  'measures.rhythm': 'Sugerir {name}',
  'measures.rhythm.7': 'Cada semana',
  'measures.rhythm.14': 'Cada 2 semanas',
  'measures.rhythm.28': 'Cada 4 semanas',
  'measures.rhythm.0': 'Nunca (lo empiezo yo)',
  'measures.rhythm.saved': 'Guardado.',
  'measures.history': 'Resultados anteriores',
  'measures.answers': 'Respuestas',
  'measures.edit': 'Editar las respuestas del {date}',
  'measures.total': 'Total {total}',
  'measures.totalOf': '(de {max})',
  'measures.incomplete': 'Sin terminar: {count} sin responder, así que no hay total',
  'measures.missing': 'Sin responder: {items}.',
  'measures.band.minimal': 'Mínimo',
  'measures.band.mild': 'Leve',
  'measures.band.moderate': 'Moderado',
  'measures.band.moderatelySevere': 'Moderadamente grave',
  'measures.band.severe': 'Grave',
  'measures.form.progress': '{answered} de {total} respondidas',
  'measures.form.date': 'Día al que se refieren estas respuestas',
  'measures.form.date.future': 'Elija hoy o un día anterior.',
  'measures.form.date.invalid': 'Escriba una fecha.',
  'measures.form.none': 'Responda al menos una pregunta para guardar.',
  'measures.form.submit': 'Ver mi puntaje',
  'measures.form.saving': 'Guardando…',
  'measures.form.saveFailed':
    'No se pudieron guardar sus respuestas: {message}. Siguen aquí; inténtelo de nuevo.',
  'measures.form.stopNote':
    'Puede parar cuando quiera: sus respuestas se guardan en este teléfono hasta que termine.',
  'measures.form.draftBack': 'Sus respuestas de antes están aquí. Siga donde se quedó.',
  'measures.form.startOver': 'Empezar de nuevo',
  'measures.form.editing': 'Está editando sus respuestas del {date}.',
  'measures.form.missingNote':
    'Hay preguntas sin responder ({items}). Puede guardar igual: no habrá total hasta que responda todas.',
  'measures.result.title': 'Su resultado',
  'measures.result.notDiagnosis':
    'Es un punto de partida para hablar con su consejero, no un diagnóstico.',
  'measures.result.band.minimal': 'Pocos o ningún problema de este tipo en las últimas 2 semanas.',
  'measures.result.band.mild': 'Algunos de estos problemas, algunos días.',
  'measures.result.band.moderate':
    'Estos problemas aparecen a menudo. Vale la pena hablarlo con su consejero.',
  'measures.result.band.moderatelySevere':
    'Estos problemas aparecen mucho. Por favor, hable de ello pronto con su consejero.',
  'measures.result.band.severe':
    'Estos problemas le pesan mucho. Por favor, hable pronto con su consejero; no tiene que esperar a su próxima sesión.',
  'measures.result.change.meaningful':
    '{points} puntos {direction} que el {date}: un cambio importante para hablar.',
  'measures.result.change': '{points} puntos {direction} que el {date}.',
  'measures.result.same': 'Igual que el {date}.',
  'measures.result.lower': 'menos',
  'measures.result.higher': 'más',
  'measures.result.incomplete':
    'Guardado. {count} sin responder, así que no hay total: una respuesta que falta nunca cuenta como 0.',
  'measures.result.finish': 'Terminar de responder',
  'measures.result.back': 'Volver a Cuestionarios',
  'measures.safety.title': 'Hay ayuda aquí, ahora mismo',
  'measures.safety.alert':
    'Usted indicó que ha pensado que estaría mejor muerto(a) o en hacerse daño. No tiene que enfrentar esto solo(a).',
  'measures.safety.private':
    'Sus respuestas se quedan en este teléfono: nadie de su centro las ve a menos que usted se las muestre. Por favor, hable con alguien ahora.',
  'measures.safety.body':
    'Llame o envíe un mensaje de texto al 988 a cualquier hora, llame a su centro o a alguien de confianza. Si está en peligro ahora, llame al 911.',
  'measures.safety.center': 'Llamar a {program}',
  'measures.safety.plan': 'Abrir mi plan',
  'measures.trend.title': '{name} con el tiempo',
  'measures.trend.summary': 'Totales de {name} del {from} al {to}: de {first} a {last}.',
  'measures.trend.date': 'Fecha',
  'measures.trend.total': 'Total',
  'measures.trend.band': 'Rango',
  'measures.trend.change': 'Cambio',
  'measures.trend.meaningful': 'cambio importante',
  'measures.trend.bands': 'Rangos: {bands}.',
  'measures.progress.intro': 'Cuestionarios cortos para llevar a su consejero.',
  'measures.due.text': {
    one: 'Hoy se sugiere el {names}, cuando tenga un momento tranquilo.',
    other: 'Hoy se sugieren el {names}, cuando tenga un momento tranquilo.',
  },
  'measures.due.open': 'Cuestionarios',
  'measures.due.notNow': 'Hoy no',
};
