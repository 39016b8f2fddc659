import type { Message } from '../en';
import type { measures as english } from '../en/measures';

/** Spanish: los cuestionarios (PHQ-9, GAD-7, el BAM), su ayuda de seguridad, tendencias y el aviso de Hoy. */
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
  'measures.firstOn':
    'Se sugiere alrededor del {date}: uno a la vez, para que nunca sea demasiado de una sola vez.',
  'measures.later':
    'Se sugiere más adelante: uno a la vez, con unos días entre uno y otro, para que nunca sea demasiado de una sola vez.',
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
  'measures.progress.open': 'Abrir Cuestionarios',
  'measures.progress.bamBelow': 'Sus resultados del {name} están justo abajo, en “{title}”.',
  'measures.due.text': {
    one: 'Hoy se sugiere el {names}, cuando tenga un momento tranquilo.',
    other: 'Hoy se sugieren el {names}, cuando tenga un momento tranquilo.',
  },
  'measures.due.open': 'Cuestionarios',
  'measures.due.notNow': 'Hoy no',
  'measures.credit.label': 'Sobre este cuestionario',
  'measures.difficulty.note': 'No cuenta en el puntaje.',
  'measures.difficulty.result':
    'Qué tanta dificultad le han dado estos problemas (pregunta 10, sin puntaje):',
  'measures.difficulty.unanswered': 'sin responder',
  'measures.bam.about':
    'El consumo de alcohol y drogas, los riesgos y los apoyos de los últimos 7 días (en inglés)',
  'measures.bam.intro':
    'El Brief Addiction Monitor (BAM) semanal del Departamento de Asuntos de Veteranos de EE. UU., hecho para programas como el suyo. Pregunta por los últimos 7 días.',
  'measures.bam.englishOnly.title': 'Este cuestionario solo existe en inglés',
  'measures.bam.englishOnly.body':
    'No hay una versión en español. Puede responderlo en inglés o saltarlo. Su consejero puede repasarlo con usted.',
  'measures.bam.takeInEnglish': 'Responderlo en inglés',
  'measures.bam.skip': 'Saltarlo',
  'measures.bam.item7': 'Pregunta 7, partes A a G',
  'measures.bam.submit': 'Ver mis resultados',
  'measures.bam.result.title': 'Sus resultados',
  'measures.bam.group.use': 'Consumo',
  'measures.bam.group.risk': 'Factores de riesgo',
  'measures.bam.group.protective': 'Factores de protección',
  'measures.bam.means.use':
    'Días en que bebió alcohol, bebió en exceso o consumió drogas en los últimos 7 días (preguntas 4, 5 y 6).',
  'measures.bam.means.risk':
    'Lo que puede hacer más probable el consumo: la salud física, el sueño, los sentimientos difíciles, las ganas de consumir, las personas y los lugares de riesgo, y las discusiones con familiares o amigos (preguntas 1, 2, 3, 8, 11 y 15).',
  'measures.bam.means.protective':
    'Lo que apoya la recuperación: la confianza, las reuniones de autoayuda, la espiritualidad, el trabajo o los estudios, tener ingresos suficientes y las personas que lo apoyan (preguntas 9, 10, 12, 13, 14 y 16).',
  'measures.bam.direction.higher':
    'Conviene hablar con su consejero de un número más alto en este grupo.',
  'measures.bam.direction.lower':
    'Conviene hablar con su consejero de un número más bajo en este grupo.',
  'measures.bam.score': '{score} de {max}',
  'measures.bam.noScore': {
    one: 'Sin puntaje: la pregunta {items} no tiene respuesta.',
    other: 'Sin puntaje: las preguntas {items} no tienen respuesta.',
  },
  'measures.bam.noScoreShort': 'sin puntaje',
  'measures.bam.noTotal': 'El BAM no tiene total: cada grupo se lee por separado.',
  'measures.bam.item8': 'Ganas de consumir (pregunta 8)',
  'measures.bam.item9': 'Confianza (pregunta 9)',
  'measures.bam.notDiagnosis':
    'Estos números son una forma de empezar una conversación con su consejero. No son un diagnóstico ni un juicio.',
  'measures.bam.unfinished': {
    one: 'Guardado. 1 pregunta no tiene respuesta: una respuesta que falta nunca cuenta como 0.',
    other:
      'Guardado. {count} preguntas no tienen respuesta: una respuesta que falta nunca cuenta como 0.',
  },
  'measures.bam.use.title': 'Gracias por su honestidad',
  'measures.bam.use.body':
    'Usted dijo que bebió o consumió al menos un día. Un desliz es parte de muchas recuperaciones. No borra su progreso, y sus días en tratamiento se quedan como están.',
  'measures.bam.use.offer': 'Si quiere, puede registrarlo como un desliz. No tiene que hacerlo.',
  'measures.bam.use.record': 'Registrar un desliz',
  'measures.bam.use.date': 'Fecha del desliz',
  'measures.bam.use.save': 'Guardar el desliz',
  'measures.bam.use.cancel': 'Cancelar',
  'measures.bam.use.dateError':
    'Elija un día de los 7 días a los que se refieren estas respuestas, hasta hoy.',
  'measures.bam.use.saved':
    'Registrado. Sus días en tratamiento se quedan como están. Piense en contárselo a su consejero o a alguien de confianza.',
  'measures.bam.use.failed': 'No se pudo guardar el desliz: {message}. Inténtelo de nuevo.',
  'measures.bam.use.plan': 'Abrir mi plan',
  'measures.bam.trend.summary':
    'Los tres grupos del BAM en cada día que lo respondió, del {from} al {to}.',
  'measures.bam.trend.reading':
    'Conviene hablar con su consejero de un Consumo o unos Factores de riesgo más altos, y de unos Factores de protección más bajos. Cada grupo se lee por separado: el BAM no tiene total.',
  'measures.bam.form.missingNote':
    'Algunas preguntas no tienen respuesta ({items}). Puede guardar de todos modos: un grupo con una pregunta sin responder no tiene puntaje.',
  'measures.bam.trend.items': 'Ganas de consumir y confianza con el tiempo',
  'measures.bam.trend.itemsSummary':
    'La pregunta 8 (ganas de consumir) y la pregunta 9 (confianza), de 0 ({lowest}) a 4 ({highest}), del {from} al {to}.',
};
