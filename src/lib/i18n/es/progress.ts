import type { Message } from '../en';
import type { progress as english } from '../en/progress';

/** Spanish: progress, charts, insights, sobriety counter and the counselor report. */
export const progress: Record<keyof typeof english, Message> = {
  'progress.title': 'Progreso',
  'progress.empty':
    'Aquí verás tus días en tratamiento, las horas asistidas y cómo cambian tu ánimo y tus antojos.',
  'progress.days.title': 'Días en tratamiento',
  'progress.days.value': 'Día {day} de {goal}',
  'progress.days.bar': 'Días en tratamiento hacia {goal}',
  'progress.days.nextMilestone': 'Próximo logro: {milestone}.',
  'progress.days.past90':
    'Ya pasaste 90 días en tratamiento, el tiempo que según las investigaciones marca la mayor diferencia. Seguir ayuda todavía más.',
  'progress.days.note':
    'Los días en tratamiento cuentan cada día desde que empezó tu programa. Una recaída nunca los borra.',
  'progress.days.setup':
    'Agrega la fecha de inicio de tu programa para ver tus días en tratamiento.',
  'progress.days.setupAction': 'Configurar mi programa',
  'progress.days.notStarted': {
    one: 'Tu programa empieza mañana.',
    other: 'Tu programa empieza en {count} días.',
  },
  'progress.milestone.1': 'tu primer día',
  'progress.milestone.7': 'una semana',
  'progress.milestone.14': 'dos semanas',
  'progress.milestone.30': '30 días',
  'progress.milestone.60': '60 días',
  'progress.milestone.90': '90 días',
  'progress.milestone.180': '6 meses',
  'progress.milestone.365': 'un año',
  'progress.celebrate': '{milestone} en tratamiento. Es un esfuerzo real, y cuenta.',
  'progress.celebrate.dismiss': 'Gracias',

  'progress.attendance.title': 'Asistencia',
  'progress.attendance.rate': 'Asististe a {attended} de {scheduled} sesiones ({percent} %).',
  'progress.attendance.none': 'Aún no hay sesiones registradas. Márcalas en Horario.',
  'progress.attendance.week': 'Esta semana: {attended} de {target} horas.',
  'progress.attendance.total': 'Total: {hours} horas asistidas.',

  'progress.charts.title': 'Ánimo y antojos',
  'progress.charts.range': 'Mostrar',
  'progress.charts.range.30': '30 días',
  'progress.charts.range.90': '90 días',
  'progress.charts.range.all': 'Todo',
  'progress.charts.none': 'Regístrate algunas veces y aquí verás tu ánimo y tus antojos.',
  'progress.charts.older':
    'Tus registros son de antes de los últimos {days} días: un periodo más largo, arriba, los muestra.',
  'progress.charts.showAll': 'Ver todos los registros',
  'progress.charts.loading': 'Cargando gráficas…',
  'progress.charts.failed':
    'No se pudieron cargar las gráficas. Las tablas de abajo tienen los mismos datos.',
  'progress.charts.moodCraving': 'Ánimo y antojo con el tiempo',
  'progress.charts.moodCraving.summary':
    'Ánimo y antojo, {count} días del {from} al {to}. Último promedio de 7 días: ánimo {mood} de 5, antojo {craving} de 10.',
  'progress.charts.mood': 'Ánimo (1-5)',
  'progress.charts.mood7': 'Ánimo, promedio de 7 días',
  'progress.charts.craving': 'Antojo (0-10)',
  'progress.charts.craving7': 'Antojo, promedio de 7 días',
  'progress.charts.table': 'Ver los datos en una tabla',
  'progress.charts.date': 'Fecha',
  'progress.charts.hours': 'Horas por semana',
  'progress.charts.hours.summary':
    'Horas asistidas por semana en las últimas {count} semanas, frente a una meta de {target} horas.',
  'progress.charts.attended': 'Horas asistidas',
  'progress.charts.target': 'Meta',
  'progress.charts.triggers': 'Cuántas veces apareció cada detonante',
  'progress.charts.triggers.summary': 'Detonante más frecuente: {name}, {count} veces.',
  'progress.charts.triggers.none': 'No hay detonantes registrados en este periodo.',
  'progress.charts.trigger': 'Detonante',
  'progress.charts.times': 'Veces',
  'progress.charts.weekday': 'Ánimo por día de la semana',
  'progress.charts.weekday.summary': 'Ánimo promedio para cada día de la semana.',
  'progress.charts.day': 'Día',
  'progress.charts.average': 'Ánimo promedio',
  'progress.charts.noData': 'sin registros',

  'progress.insights.title': 'Lo que parece ir con los antojos',
  'progress.insights.intro':
    'De tus propios registros: el antojo promedio en los días en que algo ocurrió y en los días en que no. Muestra una relación, no una causa. Aparece cuando hay al menos 3 días de cada uno.',
  'progress.insights.none':
    'Todavía no hay suficientes días. Después de unas semanas de registros, aquí verás relaciones.',
  'progress.insights.trigger':
    'En los días con “{name}”, tu antojo promedió {with} ({daysWith} días); en los días sin eso, {without} ({daysWithout} días).',
  'progress.insights.coping':
    'En los días en que hiciste “{name}”, tu antojo promedió {with} ({daysWith} días); en los demás días, {without} ({daysWithout} días).',

  'sobriety.title': 'Días de sobriedad (opcional)',
  'sobriety.intro':
    'Si te sirve, cuenta los días desde tu fecha de sobriedad. Es aparte de los días en tratamiento.',
  'sobriety.date': 'Fecha de sobriedad',
  'sobriety.start': 'Empezar a contar',
  'sobriety.current': { one: '1 día', other: '{count} días' },
  'sobriety.currentLabel': 'Racha actual',
  'sobriety.longest': 'Racha más larga: {count} días.',
  'sobriety.total': 'Total de días de sobriedad: {count}.',
  'sobriety.recordSlip': 'Registrar una recaída',
  'sobriety.slipDate': 'Fecha de la recaída',
  'sobriety.slipNote': 'Nota (opcional, solo para ti)',
  'sobriety.saveSlip': 'Guardar',
  'sobriety.cancel': 'Cancelar',
  'sobriety.slipSaved':
    'Registrado. Una recaída es parte de muchas recuperaciones. Tu racha más larga y tus días en tratamiento se quedan. Piensa en contárselo a tu consejero o a alguien de confianza.',
  'sobriety.slips': { one: '1 recaída registrada', other: '{count} recaídas registradas' },
  'sobriety.stop': 'Dejar de contar días de sobriedad',
  'sobriety.stopped': 'Ya no se muestran los días de sobriedad. Tus registros se conservan.',
  'sobriety.error.date': 'Escribe una fecha real, hoy o antes.',
  'sobriety.error.saveFailed': 'No se guardó: {message}. Vuelve a intentarlo.',

  'report.link': 'Informe para tu consejero',
  'report.title': 'Informe para tu consejero',
  'report.intro':
    'Un resumen de una página para mostrarle a tu consejero. Tú eliges las fechas y lo que incluye. Nada sale de este teléfono a menos que lo imprimas o lo compartas.',
  'report.from': 'Desde',
  'report.to': 'Hasta',
  'report.include': 'Incluir',
  'report.section.days': 'Días en tratamiento',
  'report.section.attendance': 'Asistencia y horas por semana',
  'report.section.mood': 'Tendencia de ánimo y antojo',
  'report.section.triggers': 'Detonantes más frecuentes',
  'report.section.coping': 'Acciones que usaste',
  'report.section.notes': 'Notas de los registros (privadas; no se incluyen salvo que lo elijas)',
  'report.section.plan': 'Mi plan, sin personas (no se incluye salvo que lo elijas)',
  'report.section.measures':
    'Cuestionarios (PHQ-9, GAD-7, BAM): últimos resultados y tendencia (no se incluye si no lo eliges)',
  'report.measures.latest': 'El último, {date}: {result}',
  'report.measures.none': 'No respondido.',
  'report.section.planPeople':
    'Personas y números de teléfono de mi plan (no se incluyen salvo que lo elijas)',
  'report.plan.none': 'Todavía no hay un plan guardado.',
  'report.plan.saved': 'Versión guardada el {date}.',
  'report.print': 'Imprimir o guardar como PDF',
  'report.share': 'Compartir',
  'report.shared': 'Compartido.',
  'report.copy': 'Copiar como texto',
  'report.copySelected': 'El informe está seleccionado: usa Copiar de tu teléfono para copiarlo.',
  'report.copied': 'Copiado. Puedes pegarlo en un mensaje.',
  'report.heading': 'Resumen de {app} para {program}',
  'report.period': 'Del {from} al {to}',
  'report.generated': 'Preparado el {date} por la persona usuaria, con sus propios registros.',
  'report.days': 'Día {day} de tratamiento el {date} (el programa empezó el {start}).',
  'report.attendanceLine':
    'Asistió a {attended} de {scheduled} sesiones; {hours} horas en este periodo.',
  'report.week': 'Semana del',
  'report.hours': 'Horas',
  'report.checkIns': 'Registros',
  'report.mood': 'Ánimo promedio (1-5)',
  'report.craving': 'Antojo promedio (0-10)',
  'report.none': 'No hay nada registrado en este periodo.',
  'report.error.range': 'La fecha de inicio debe ser igual o anterior a la fecha final.',
};
