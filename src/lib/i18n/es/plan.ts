import type { Message } from '../en';
import type { plan as english } from '../en/plan';

/** Spanish: Mi plan (prevención de recaídas y plan de seguridad), el momento difícil y las herramientas. */
export const plan: Record<keyof typeof english, Message> = {
  'plan.title': 'Mi plan',
  'plan.intro':
    'Su plan para los momentos difíciles, con sus propias palabras. Se queda en este teléfono y aparece en Pedir ayuda ahora.',
  'plan.start.title': 'Empecemos su plan',
  'plan.start.body':
    'Cada parte es opcional. Empiece con una línea, guarde y vuelva cuando quiera: unas pocas palabras ya son un plan.',
  'plan.start.step1': 'Por qué le importa la recuperación.',
  'plan.start.step2': 'Las señales de que se acerca un momento difícil, y lo que le ayuda.',
  'plan.start.step3':
    'Las personas a las que puede llamar. Aparecen en Pedir ayuda ahora, a un toque.',
  'plan.start.go': 'Empezar por lo más importante',
  'plan.lastSaved': 'Guardado por última vez: {date}.',
  'plan.onePerLine': 'Una por línea.',
  'plan.step': 'Plan de seguridad, paso {n}',
  'plan.reasons.title': 'Mis razones para recuperarme',
  'plan.reasons.hint': 'Lo más importante para mí, y por qué me importa la recuperación.',
  'plan.warningSigns.title': 'Mis señales de alerta',
  'plan.warningSigns.hint':
    'Pensamientos, sentimientos o cosas que hago que me avisan de que se acerca un momento difícil.',
  'plan.highRisk.title': 'Situaciones de alto riesgo',
  'plan.highRisk.hint': 'Personas, lugares y cosas que hacen más probable que consuma.',
  'plan.helps.title': 'Lo que me ayuda',
  'plan.helps.hint':
    'Cosas que puedo hacer por mi cuenta para que pasen las ganas de consumir o para distraerme.',
  'plan.places.title': 'Lugares seguros y personas que me distraen',
  'plan.places.hint':
    'Adónde puedo ir, y con quién puedo estar, cuando necesito un cambio de aire.',
  'plan.people.title': 'Personas a las que puedo llamar',
  'plan.people.hint':
    'Un padrino o madrina, compañeros, familia, una amistad. Aparecen en Pedir ayuda ahora.',
  'plan.professionals.title': 'Profesionales a los que puedo llamar',
  'plan.professionals.hint': 'Mi consejero, el centro, quien me receta o mi médico.',
  'plan.environment.title': 'Hacer que mi entorno sea seguro',
  'plan.environment.hint': 'Lo que quito, lo que evito o lo que le doy a alguien de confianza.',
  'plan.message.title': 'Un mensaje para mí',
  'plan.message.hint': 'Palabras para un momento difícil, de mí en un día mejor.',
  'plan.ideas': 'Ideas (toque para agregar)',
  'plan.idea.add': 'Agregar: {idea}',
  'plan.idea.isolating': 'Aislarme, no contestar llamadas',
  'plan.idea.skipping': 'Faltar a grupos o reuniones',
  'plan.idea.sleep': 'No dormir',
  'plan.idea.justOnce': 'Pensar “una vez no hace daño”',
  'plan.idea.meeting': 'Una reunión',
  'plan.idea.library': 'La biblioteca',
  'plan.idea.walk': 'Un paseo por el parque',
  'plan.idea.removeAlcohol': 'Nada de alcohol ni drogas en casa',
  'plan.idea.deleteContacts': 'Borrar los números de personas con las que consumía',
  'plan.idea.medications': 'Alguien de confianza guarda mis medicamentos',
  'plan.person.name': 'Nombre',
  'plan.person.relationship': 'Relación',
  'plan.person.phone': 'Teléfono',
  'plan.person.phoneHint': 'Dígitos, y + para el código de país.',
  'plan.person.new': 'Persona nueva',
  'plan.person.remove': 'Quitar a {name}',
  'plan.addPerson': 'Agregar persona',
  'plan.addProfessional': 'Agregar profesional',
  'plan.save': 'Guardar plan',
  'plan.saving': 'Guardando…',
  'plan.saved':
    'Su plan está guardado. Sus personas y sus primeros pasos ya aparecen en Pedir ayuda ahora.',
  'plan.saveFailed':
    'No se pudo guardar su plan: {message}. Todo lo que escribió sigue aquí; inténtelo de nuevo.',
  'plan.retry': 'Reintentar',
  'plan.fix': {
    one: 'Un campo necesita un cambio antes de guardar. No se pierde nada de lo que escribió.',
    other:
      '{count} campos necesitan un cambio antes de guardar. No se pierde nada de lo que escribió.',
  },
  'plan.draftRestored': 'Volvieron sus cambios que aún no estaban guardados.',
  'plan.error.tooLong': 'Tiene más de {max} caracteres: acórtelo, por favor.',
  'plan.error.entryTooLong': 'Una línea tiene más de {max} caracteres: acórtela, por favor.',
  'plan.error.tooMany': 'Hasta {max} líneas aquí: quédese con las que más importan.',
  'plan.error.tooManyPeople': 'Hasta {max} personas aquí.',
  'plan.error.phone':
    'Un teléfono no puede marcar esto. Use dígitos (los espacios y guiones están bien), y + para el código de país.',
  'plan.error.name': 'Agregue un nombre, para que Pedir ayuda ahora diga a quién llama.',
  'plan.voice.title': 'Mensaje de voz (opcional)',
  'plan.voice.private': 'Hasta 2 minutos. Se guarda solo en este teléfono.',
  'plan.voice.record': 'Grabar un mensaje de voz',
  'plan.voice.recordAgain': 'Grabar de nuevo',
  'plan.voice.stop': 'Detener la grabación',
  'plan.voice.recording': 'Grabando: {time} de 2:00',
  'plan.voice.saved': 'Mensaje de voz guardado ({time}).',
  'plan.voice.limit': 'Dos minutos es lo máximo: la grabación se detuvo sola y está guardada.',
  'plan.voice.delete': 'Borrar el mensaje de voz',
  'plan.voice.deleted': 'Mensaje de voz borrado.',
  'plan.voice.player': 'Mi mensaje de voz',
  'plan.voice.unsupported':
    'Este navegador no puede grabar aquí. Su mensaje escrito funciona igual.',
  'plan.voice.denied':
    'No se permitió el micrófono, así que no se grabó nada. Su mensaje escrito funciona igual; puede permitir el micrófono en la configuración del navegador para este sitio.',
  'plan.voice.failed': 'No se pudo guardar la grabación: {message}. Inténtelo de nuevo.',
  'plan.versions.title': 'Versiones anteriores',
  'plan.versions.intro':
    'Cada día que guarda queda una versión, para que usted y su consejero vean cómo creció su plan.',
  'plan.versions.none': 'Cuando guarde otro día, la versión anterior quedará aquí.',
  'plan.versions.item': 'Guardada el {date}',
  'plan.versions.changed': 'Cambió: {parts}',
  'plan.versions.first': 'La primera versión.',
  'plan.card.link': 'Tarjeta de bolsillo e impresión',
  'plan.card.title': 'Mi plan en una página',
  'plan.card.versionOf': 'La versión guardada el {date}.',
  'plan.card.print': 'Imprimir o guardar como PDF',
  'plan.card.fold': 'Imprima, corte por la línea y doble: cabe en la cartera.',
  'plan.card.empty': 'Todavía no hay nada en su plan.',
  'plan.card.back': 'Volver a mi plan',
  'plan.card.crisis': 'Crisis: llame o envíe un mensaje de texto al 988. Emergencias: 911.',
  'plan.card.center': '{program}: {number}',
  'plan.card.missing': 'Esta versión del plan no está en este teléfono.',
  'plan.tools.title': 'Herramientas para un momento difícil',
  'plan.tools.intro':
    'Ejercicios cortos que funcionan sin conexión. Puede anotarlos en un registro.',
  'plan.tool.urge-surfing': 'Surfear las ganas',
  'plan.tool.urge-surfing.about':
    'Aguante las ganas de consumir de 10 a 20 minutos, con frases breves.',
  'plan.tool.breathing': 'Respiración pausada',
  'plan.tool.breathing.about':
    'Inhale contando hasta 4, exhale contando hasta 6. Calma el cuerpo en minutos.',
  'plan.tool.grounding': 'Anclaje 5-4-3-2-1',
  'plan.tool.grounding.about': 'Vuelva al aquí y ahora a través de sus cinco sentidos.',
  'plan.tool.record': 'Anotarlo en un registro',
  'plan.tool.back': 'Todas las herramientas',
  'plan.tool.start': 'Empezar',
  'plan.tool.pause': 'Pausar',
  'plan.tool.resume': 'Seguir',
  'plan.tool.stop': 'Detener',
  'plan.tool.again': 'Empezar de nuevo',
  'plan.urge.intro':
    'Las ganas de consumir son como una ola: suben, llegan a su punto más alto y bajan. No tiene que hacerles caso. Quédese con ellas, respire y mírelas pasar; casi siempre pasan en menos de media hora.',
  'plan.urge.length': '¿Cuánto tiempo?',
  'plan.urge.minutes': '{count} minutos',
  'plan.urge.left': 'Tiempo restante: {time}',
  'plan.urge.prompt.notice':
    'Note las ganas. Dígaselo a sí mismo(a): “Estoy sintiendo ganas de consumir.”',
  'plan.urge.prompt.where':
    '¿Dónde las siente en el cuerpo? ¿En el pecho, el estómago, las manos?',
  'plan.urge.prompt.breathe': 'Respire despacio. Que cada exhalación sea un poco más larga.',
  'plan.urge.prompt.rise':
    'Puede que las ganas se hagan más fuertes. Así son las olas. Usted está a salvo.',
  'plan.urge.prompt.peak':
    'Quédese con ellas, como quien surfea la ola. No pueden quedarse tan altas.',
  'plan.urge.prompt.ride':
    'Siga respirando. Note cualquier cambio en la sensación, por pequeño que sea.',
  'plan.urge.prompt.fall': 'Note cómo bajan, aunque sea un poco. La ola está pasando.',
  'plan.urge.prompt.kind':
    'Bien hecho por quedarse con ellas. Sea amable consigo mismo(a) por lo que acaba de hacer.',
  'plan.urge.done':
    'Se acabó el tiempo. Por fuertes que fueran las ganas de consumir, las aguantó.',
  'plan.breathing.intro':
    'Inhale por la nariz contando hasta 4, exhale por la boca contando hasta 6. Unas seis respiraciones por minuto calman el cuerpo.',
  'plan.breathing.reduced':
    'El movimiento está reducido en este teléfono: siga las palabras y la cuenta.',
  'plan.breathing.in': 'Inhale',
  'plan.breathing.out': 'Exhale',
  'plan.breathing.count': '{phase}: {count}',
  'plan.breathing.breaths': {
    one: '1 respiración hasta ahora',
    other: '{count} respiraciones hasta ahora',
  },
  'plan.grounding.intro':
    'Cuando las ganas de consumir o un sentimiento se hacen fuertes, sus sentidos le traen al momento presente. Diga cada cosa en voz alta o para sí.',
  'plan.grounding.stepOf': 'Paso {n} de 5',
  'plan.grounding.see': 'Nombre 5 cosas que puede ver.',
  'plan.grounding.touch': 'Nombre 4 cosas que puede tocar o sentir.',
  'plan.grounding.hear': 'Nombre 3 cosas que puede oír.',
  'plan.grounding.smell': 'Nombre 2 cosas que puede oler.',
  'plan.grounding.taste': 'Nombre 1 cosa que puede saborear.',
  'plan.grounding.next': 'Siguiente',
  'plan.grounding.back': 'Atrás',
  'plan.grounding.done': 'Usted está aquí, ahora mismo. Respire despacio una vez más.',
  'plan.hard.title': 'Un momento difícil',
  'plan.hard.craving':
    'Gracias por registrarse con sinceridad. Las ganas de consumir suben y bajan, y estas también pasarán. Esto es lo que planeó para un momento así.',
  'plan.hard.used':
    'Gracias por su sinceridad. Un desliz es algo de lo que aprender, no un fracaso. Su plan y sus personas están aquí.',
  'plan.hard.noPlan':
    'Todavía no tiene un plan. Toma unos minutos; una línea ya es un comienzo.',
  'plan.hard.steps': 'De mi plan',
  'plan.hard.tryTool': 'Probar a surfear las ganas',
  'plan.hard.open': 'Abrir mi plan',
  'plan.hard.dismiss': 'Ocultar por hoy',
  'plan.help.people': 'Mis personas',
  'plan.help.call': 'Llamar a {name}',
  'plan.help.text': 'Enviar un mensaje de texto a {name}',
  'plan.help.message': 'Un mensaje mío',
  'plan.help.steps': 'Primeros pasos de mi plan',
  'plan.help.noNumber': 'Sin número guardado',
};
