import type { Message } from '../en';
import type { progress as english } from '../en/progress';

/** Spanish: progress, charts, insights, sobriety counter and the counselor report. */
export const progress: Record<keyof typeof english, Message> = {
  'progress.title': 'Progreso',
  'progress.empty':
    'Aquí verá sus días en tratamiento, las horas asistidas y cómo cambian su ánimo y sus ganas de consumir.',
  'progress.days.title': 'Días en tratamiento',
  'progress.days.value': 'Día {day} de {goal}',
  'progress.days.bar': 'Días en tratamiento hacia {goal}',
  'progress.days.nextMilestone': 'Próximo logro: {milestone}.',
  'progress.days.past90':
    'Ya pasó los 90 días en tratamiento, el tiempo que según las investigaciones marca la mayor diferencia. Seguir ayuda todavía más.',
  'progress.days.note':
    'Los días en tratamiento cuentan cada día desde que empezó su programa. Un desliz nunca los borra.',
  'progress.days.setup':
    'Agregue la fecha de inicio de su programa para ver sus días en tratamiento.',
  'progress.days.setupAction': 'Configurar mi programa',
  'progress.days.notStarted': {
    one: 'Su programa empieza mañana.',
    other: 'Su programa empieza en {count} días.',
  },
  'progress.milestone.1': 'su primer día',
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
  'progress.attendance.rate': 'Asistió a {attended} de {scheduled} sesiones ({percent} %).',
  'progress.attendance.none': 'Aún no hay sesiones registradas. Márquelas en Horario.',
  'progress.attendance.week': 'Esta semana: {attended} de {target} horas.',
  'progress.attendance.weekSoFar': 'En lo que va de la semana: {attended} de {target} horas.',
  'progress.attendance.total': 'Total: {hours} horas asistidas.',

  'progress.charts.title': 'Ánimo y ganas de consumir',
  'progress.charts.range': 'Mostrar',
  'progress.charts.range.30': '30 días',
  'progress.charts.range.90': '90 días',
  'progress.charts.range.all': 'Todo',
  'progress.charts.none': 'Regístrese algunas veces y aquí verá su ánimo y sus ganas de consumir.',
  'progress.charts.older':
    'Sus registros son de antes de los últimos {days} días: un periodo más largo, arriba, los muestra.',
  'progress.charts.showAll': 'Ver todos los registros',
  'progress.charts.loading': 'Cargando gráficas…',
  'progress.charts.failed':
    'No se pudieron cargar las gráficas. Las tablas de abajo tienen los mismos datos.',
  'progress.charts.moodCraving': 'Ánimo y ganas de consumir con el tiempo',
  'progress.charts.moodCraving.summary':
    'Ánimo y ganas de consumir, {count} días del {from} al {to}. Último promedio de 7 días: ánimo {mood} de 5, ganas de consumir {craving} de 10.',
  'progress.charts.mood': 'Ánimo (1-5)',
  'progress.charts.mood7': 'Ánimo, promedio de 7 días',
  'progress.charts.craving': 'Ganas de consumir (0-10)',
  'progress.charts.craving7': 'Ganas de consumir, promedio de 7 días',
  'progress.charts.table': 'Ver los datos en una tabla',
  'progress.charts.date': 'Fecha',
  'progress.charts.hours': 'Horas por semana',
  'progress.charts.hours.summary':
    'Horas asistidas por semana en las últimas {count} semanas, frente a una meta de {target} horas.',
  'progress.charts.attended': 'Horas asistidas',
  'progress.charts.target': 'Meta semanal',
  'progress.charts.weekSoFar': '{date} (en curso)',
  'progress.charts.triggers': 'Cuántas veces apareció cada detonante',
  'progress.charts.triggers.summary': 'Detonante más frecuente: {name}, {count} veces.',
  'progress.charts.triggers.none': 'No hay detonantes registrados en este periodo.',
  'progress.charts.trigger': 'Detonante',
  'progress.charts.times': 'Veces',
  'progress.charts.weekday': 'Ánimo por día de la semana',
  'progress.charts.weekday.summary': 'Ánimo promedio para cada día de la semana.',
  'progress.charts.weekday.wait':
    'El ánimo por día de la semana aparece después de {days} días de registros.',
  'progress.charts.day': 'Día',
  'progress.charts.average': 'Ánimo promedio',
  'progress.charts.noData': 'sin registros',

  'progress.insights.title': 'Sus días difíciles',
  'progress.insights.none':
    'Después de {needed} días de registros, aquí aparecerá lo que acompaña a sus días difíciles.',
  'progress.insights.notEnoughDays': {
    one: 'Aquí aparecerán patrones después de {needed} días de registros. Hasta ahora lleva 1 día con registro, y cada registro ayuda.',
    other:
      'Aquí aparecerán patrones después de {needed} días de registros. Hasta ahora lleva {count} días con registro, y cada registro ayuda.',
  },
  'progress.insights.fewHardDays': {
    one: 'En {days} días de registros, 1 día fue un día difícil (ganas de consumir de {hard} o más, o un ánimo “Muy difícil”). Lo que acompañó a los días difíciles aparecerá aquí cuando haya {needed}.',
    other:
      'En {days} días de registros, {count} días fueron días difíciles (ganas de consumir de {hard} o más, o un ánimo “Muy difícil”). Lo que acompañó a los días difíciles aparecerá aquí cuando haya {needed}.',
  },
  'progress.insights.hardDays':
    'Aquí, un día difícil es un día con ganas de consumir de {hard} o más, o con un ánimo “Muy difícil”: {count} de sus {days} días de registros.',
  'progress.insights.intro':
    'Son cuentas de sus propios registros, no causas. Las personas recurren a lo que les ayuda justo en los días en que más lo necesitan.',
  'progress.insights.coping': 'En {count} de sus {hardDays} días difíciles, anotó “{name}”.',
  'progress.insights.trigger': '“{name}” apareció en {count} de sus {hardDays} días difíciles.',
  'progress.insights.nextDay':
    'De {count} días difíciles con un registro al día siguiente, a {easier} les siguió un día que no fue difícil.',

  'sobriety.title': 'Días de sobriedad (opcional)',
  'sobriety.intro':
    'Si le sirve, cuente los días desde su fecha de sobriedad. Es aparte de los días en tratamiento.',
  'sobriety.date': 'Fecha de sobriedad',
  'sobriety.start': 'Empezar a contar',
  'sobriety.current': { one: '1 día', other: '{count} días' },
  'sobriety.currentLabel': 'Racha actual',
  'sobriety.longest': 'Racha más larga: {count} días.',
  'sobriety.total': 'Total de días de sobriedad: {count}.',
  'sobriety.recordSlip': 'Registrar un desliz',
  'sobriety.slipDate': 'Fecha del desliz',
  'sobriety.slipNote': 'Nota (opcional, solo para usted)',
  'sobriety.saveSlip': 'Guardar',
  'sobriety.cancel': 'Cancelar',
  'sobriety.slipSaved':
    'Registrado. Un desliz es parte de muchas recuperaciones. Su racha más larga y sus días en tratamiento se mantienen. Considere contárselo a su consejero o a alguien de confianza.',
  'sobriety.slips': { one: '1 desliz registrado', other: '{count} deslices registrados' },
  'sobriety.stop': 'Dejar de contar días de sobriedad',
  'sobriety.stopped':
    'Ya no se muestran los días de sobriedad. Sus deslices se conservan en sus registros.',
  'sobriety.error.date': 'Escriba una fecha real, de hoy o anterior.',
  'sobriety.error.saveFailed': 'No se guardó: {message}. Vuelva a intentarlo, por favor.',

  'report.link': 'Informe para su consejero',
  'report.title': 'Informe para su consejero',
  'report.intro':
    'Un resumen de una página para mostrarle a su consejero. Usted elige las fechas y lo que incluye. Nada sale de este teléfono a menos que lo imprima o lo comparta.',
  'report.from': 'Desde',
  'report.to': 'Hasta',
  'report.include': 'Incluir',
  'report.section.days': 'Días en tratamiento',
  'report.section.attendance': 'Asistencia y horas por semana',
  'report.section.mood': 'Tendencia de ánimo y ganas de consumir',
  'report.section.triggers': 'Detonantes más frecuentes',
  'report.section.coping': 'Lo que le ayudó: acciones que usó para sobrellevarlo',
  'report.section.notes': 'Notas de los registros (privadas; no se incluyen salvo que lo elija)',
  'report.section.plan': 'Mi plan, sin personas (no se incluye salvo que lo elija)',
  'report.section.measures':
    'Cuestionarios (PHQ-9, GAD-7, BAM): últimos resultados y tendencia (no se incluye salvo que lo elija)',
  'report.measures.latest': 'El último, {date}: {result}',
  'report.measures.none': 'No respondido.',
  'report.section.planPeople':
    'Personas y números de teléfono de mi plan (no se incluyen salvo que lo elija)',
  'report.plan.none': 'Todavía no hay un plan guardado.',
  'report.plan.saved': 'Versión guardada el {date}.',
  'report.print': 'Imprimir o guardar como PDF',
  'report.share': 'Compartir',
  'report.shared': 'Compartido.',
  'report.copy': 'Copiar como texto',
  'report.copySelected':
    'El informe está seleccionado: use la opción Copiar de su teléfono para copiarlo.',
  'report.copied': 'Copiado. Puede pegarlo en un mensaje.',
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
  'report.craving': 'Ganas de consumir, promedio (0-10)',
  'report.none': 'No hay nada registrado en este periodo.',
  'report.error.range': 'La fecha de inicio debe ser igual o anterior a la fecha final.',
};
