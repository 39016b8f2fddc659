import type { Message } from '../en';
import type { history as english } from '../en/history';

/** Spanish: el historial de registros: solo su pantalla (y la lista de detonantes) los muestra. */
export const history: Record<keyof typeof english, Message> = {
  'history.title': 'Historial de registros',
  'history.search': 'Buscar en las notas',
  'history.filter': 'Filtrar por detonante',
  'history.filter.all': 'Todos los detonantes',
  'history.empty': 'Aún no hay registros. Aquí aparecerán, del más reciente al más antiguo.',
  'history.noMatch': 'Ningún registro coincide. Pruebe otras palabras u otro detonante.',
  'history.count': { one: '1 registro', other: '{count} registros' },
  'history.edit': 'Editar',
  'history.delete': 'Borrar',
  'history.editLabel': 'Editar el registro del {when}',
  'history.deleteLabel': 'Borrar el registro del {when}',
  'history.confirmTitle': '¿Borrar este registro?',
  'history.confirmBody': 'El registro del {when} se quitará de este teléfono.',
  'history.confirm': 'Borrar',
  'history.cancel': 'Conservarlo',
  'history.deleted': 'Registro borrado.',
  'history.undo': 'Deshacer',
  'history.restored': 'Registro recuperado.',
  'history.showMore': 'Mostrar más',
  'history.moodCraving': '{mood} · ganas de consumir {craving} de 10',
  'history.usedYes': 'Consumió ese día',
  'history.usedNo': 'No consumió',
  'history.triggers': 'Detonantes: {list}',
  'history.coping': 'Lo que ayudó: {list}',
  'history.back': 'Volver al registro',
};
